"""Fetches avatars and status badges on behalf of the browser."""
from urllib.parse import urlsplit

import requests
from flask import Blueprint, Response, abort

from .helpers import arg, json_field

bp = Blueprint("proxy", __name__)
BADGE_HOSTS = {"img.shields.io", "badgen.net"}


@bp.get("/avatar")
def avatar():
    url = arg("url")
    if not url:
        url = "https://www.gravatar.com/avatar/?d=mp"
    # expect: ssrf
    r = requests.get(url, timeout=5)
    return Response(r.content, mimetype=r.headers.get("Content-Type", "image/png"))


@bp.get("/badge")
def badge():
    url = arg("url")
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in BADGE_HOSTS:
        abort(400)
    r = requests.get(url, timeout=5)
    return Response(r.content, mimetype="image/svg+xml")


@bp.post("/webhooks/test")
def webhook_test():
    targets = {"primary": "https://hooks.portal.example.com/test", "custom": json_field("url")}
    choice = json_field("target") or "primary"
    # expect: ssrf
    r = requests.post(targets[choice], json={"ping": True}, timeout=5)
    return {"status": r.status_code}


@bp.post("/webhooks/test/fixed")
def webhook_test_fixed():
    targets = {"primary": "https://hooks.portal.example.com/test", "custom": json_field("url")}
    r = requests.post(targets["primary"], json={"ping": True}, timeout=5)
    return {"status": r.status_code}
