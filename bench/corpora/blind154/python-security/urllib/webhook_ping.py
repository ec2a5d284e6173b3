"""Webhook registration: pings the subscriber's URL before saving it."""
import json
import logging
import urllib.request

from flask import Blueprint, abort, jsonify, request

from .models import Subscription, db

log = logging.getLogger(__name__)
bp = Blueprint("webhooks", __name__)

STATUS_URL = "https://status.example.com/api/ping"


@bp.post("/webhooks")
def register():
    target = request.json["url"]
    # expect: ssrf
    with urllib.request.urlopen(target, timeout=5) as resp:
        ok = resp.status < 400
    if not ok:
        abort(400)
    db.session.add(Subscription(url=target, owner_id=request.json["owner"]))
    db.session.commit()
    return jsonify(ok=True), 201


@bp.get("/preview")
def preview():
    # expect: ssrf
    body = urllib.request.urlopen(request.args["feed"], timeout=5).read(65536)
    return jsonify(size=len(body))


@bp.post("/avatar")
def avatar_from_url():
    req = urllib.request.Request(request.form["avatar_url"], headers={"User-Agent": "avatar-fetch/1.0"})
    # expect: ssrf
    data = urllib.request.urlopen(req, timeout=5).read(1_000_000)
    return jsonify(bytes=len(data))


@bp.get("/health")
def health():
    with urllib.request.urlopen(STATUS_URL, timeout=5) as resp:
        return jsonify(status=json.loads(resp.read()).get("status"))


@bp.get("/status")
def status():
    with urllib.request.urlopen("https://status.example.com/api/summary", timeout=5) as resp:
        return jsonify(json.loads(resp.read()))
