# library: Flask + requests (request data as an outbound URL)
"""Link preview and image proxy endpoints."""
from urllib.parse import urlparse

import requests
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("preview", __name__)
ALLOWED_IMAGE_HOSTS = {"images.example-cdn.com", "avatars.example-cdn.com"}


@bp.get("/preview")
def preview():
    url = request.args["url"]
    # expect: ssrf
    resp = requests.get(url, timeout=5)
    return jsonify({"status": resp.status_code, "length": len(resp.content)})


@bp.get("/image")
def image_proxy():
    url = request.args["src"]
    if urlparse(url).scheme != "https" or urlparse(url).hostname not in ALLOWED_IMAGE_HOSTS:
        abort(400)
    resp = requests.get(url, timeout=5)
    return resp.content, 200, {"Content-Type": resp.headers.get("Content-Type", "image/png")}


@bp.post("/webhook-test")
def webhook_test():
    body = request.get_json()
    # expect: ssrf
    resp = requests.post(body["callback_url"], json={"ping": True}, timeout=5)
    return jsonify({"status": resp.status_code})


@bp.get("/user-avatar/<username>")
def avatar(username):
    # expect: ssrf
    resp = requests.get(f"http://{request.args.get('host', 'avatars.internal')}/u/{username}", timeout=5)
    return resp.content, 200, {"Content-Type": "image/png"}
