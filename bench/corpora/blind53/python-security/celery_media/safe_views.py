"""Reviewed counterparts of the media views."""
import re
from urllib.parse import urlparse

from flask import Blueprint, abort, jsonify, request

from . import tasks

bp = Blueprint("media_v2", __name__, url_prefix="/v2")
NAME_RE = re.compile(r"^[A-Za-z0-9_.-]{1,80}$")
INGEST_HOSTS = {"uploads.example-media.com"}


@bp.post("/media/<source>/transcode")
def start_transcode(source):
    body = request.get_json(force=True)
    job = tasks.transcode_argv.delay(source, body.get("preset", "720p"), body.get("output", "out.mp4"))
    return jsonify({"task": job.id}), 202


@bp.post("/media/<source>/transcode-legacy")
def start_transcode_legacy(source):
    if not NAME_RE.match(source):
        abort(400)
    job = tasks.transcode.delay(source, "720p", "legacy.mp4")
    return jsonify({"task": job.id}), 202


@bp.post("/media/ingest")
def ingest():
    url = request.form["url"]
    if urlparse(url).hostname not in INGEST_HOSTS:
        abort(400)
    job = tasks.ingest_remote.apply_async(args=[url, "upload.bin"])
    return jsonify({"task": job.id}), 202


@bp.post("/media/publish")
def publish():
    tasks.announce.delay("weekly digest")
    return "", 204
