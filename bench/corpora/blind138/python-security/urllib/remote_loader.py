"""Load job definitions from a URL given by the caller."""
import json
import urllib.request
from urllib.parse import urlparse

from flask import Blueprint, abort, request

bp = Blueprint("loader", __name__)
ALLOWED_HOSTS = {"jobs.internal.example.com"}


@bp.post("/jobs/import")
def import_job():
    source = request.json["source"]
    # expect: ssrf
    with urllib.request.urlopen(source, timeout=10) as resp:
        return json.load(resp)


@bp.get("/jobs/preview")
def preview_job():
    # expect: ssrf
    data = urllib.request.urlopen(request.args["url"]).read()
    return data[:2000]


def download_attachment(job):
    target = f"/srv/jobs/{job['id']}.bin"
    # expect: ssrf
    urllib.request.urlretrieve(job["attachment_url"], target)
    return target


@bp.post("/jobs/import-trusted")
def import_trusted():
    source = request.json["source"]
    parts = urlparse(source)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        abort(400)
    with urllib.request.urlopen(source, timeout=10) as resp:
        return json.load(resp)


def health():
    return urllib.request.urlopen("https://jobs.internal.example.com/health").status
