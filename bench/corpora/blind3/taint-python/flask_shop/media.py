"""Media endpoints: image proxy, downloads, template previews."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import urlopen

import requests
from flask import Blueprint, abort, render_template_string, request, send_file

bp = Blueprint("media", __name__)
MEDIA_ROOT = Path("/srv/media")
IMAGE_HOSTS = {"images.acme.example", "cdn.acme.example"}


def wanted_path() -> str:
    return request.args.get("path", "index.png")


@bp.get("/media/download")
def download():
    rel = wanted_path()
    full = os.path.join(MEDIA_ROOT, rel)
    # expect: path-traversal
    return send_file(full)


@bp.get("/media/download-safe")
def download_safe():
    full = (MEDIA_ROOT / wanted_path()).resolve()
    if MEDIA_ROOT not in full.parents:
        abort(404)
    return send_file(full)


@bp.get("/media/read")
def read_text():
    name = request.args["name"]
    # expect: path-traversal
    with open("/srv/media/notes/" + name, encoding="utf-8") as fh:
        return fh.read()


@bp.get("/media/proxy")
def proxy():
    src = request.args.get("src", "")
    # expect: ssrf
    resp = requests.get(src, timeout=5, stream=True)
    return resp.raw.read(), resp.status_code


@bp.get("/media/proxy-safe")
def proxy_safe():
    src = request.args.get("src", "")
    if urlparse(src).hostname not in IMAGE_HOSTS:
        abort(400)
    resp = requests.get(src, timeout=5)
    return resp.content


@bp.get("/media/fetch")
def fetch_legacy():
    url = "http://" + request.args["host"] + "/thumb.png"
    # expect: ssrf
    return urlopen(url, timeout=5).read()


@bp.get("/media/caption")
def caption():
    text = request.args.get("text", "")
    # expect: template-injection
    return render_template_string("<figcaption>" + text + "</figcaption>")


@bp.get("/media/caption-safe")
def caption_safe():
    return render_template_string("<figcaption>{{ text }}</figcaption>", text=request.args.get("text", ""))
