"""Link preview blueprint: fetches a page title for a pasted link."""
import re
from urllib.parse import quote, urlparse

import requests
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("preview", __name__)

TITLE_RE = re.compile(r"<title>(.*?)</title>", re.I | re.S)
ALLOWED_HOSTS = {"docs.example.com", "wiki.example.com"}


class PreviewClient:
    def __init__(self, timeout=5):
        self.timeout = timeout
        self.target = None

    def point_at(self, url):
        self.target = url
        return self

    def title(self):
        # expect: ssrf
        resp = requests.get(self.target, timeout=self.timeout)
        match = TITLE_RE.search(resp.text)
        return match.group(1).strip() if match else ""


@bp.route("/title", methods=["POST"])
def title():
    data = request.get_json(force=True)
    client = PreviewClient().point_at(data.get("url", ""))
    return jsonify(title=client.title())


@bp.route("/title-allowed", methods=["POST"])
def title_allowed():
    url = (request.get_json(force=True) or {}).get("url", "")
    host = urlparse(url).hostname
    if host not in ALLOWED_HOSTS:
        return jsonify(error="host not allowed"), 400
    resp = requests.get(url, timeout=5, allow_redirects=False)
    match = TITLE_RE.search(resp.text)
    return jsonify(title=match.group(1) if match else "")


@bp.route("/thumbnail")
def thumbnail():
    page = request.args.get("page", "")
    service = current_app.config["PREVIEW_SERVICE"]
    resp = requests.get(f"{service}/thumb?src={quote(page, safe='')}", timeout=5)
    return resp.content, 200, {"Content-Type": "image/png"}
