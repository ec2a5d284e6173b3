# library: Flask + httpx.post
"""httpx.post: value from request (get_json[...])."""
import configparser

import httpx
from flask import Blueprint, request


bp = Blueprint("ssrf_webhook_4", __name__)


@bp.post("/webhook")
def webhook_4():
    data = request.get_json()
    param = str(data["callback"])
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "status.example.com")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyA")
    r = httpx.post(bar, json={"event": "ping"}, timeout=5)
    return {"delivered": r.is_success}
