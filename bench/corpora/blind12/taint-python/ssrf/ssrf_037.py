# library: Flask + httpx.post
"""httpx.post: value from request (route param)."""
import httpx
from flask import Blueprint, request


bp = Blueprint("ssrf_webhook_19", __name__)


@bp.route("/webhook/<callback>")
def webhook_19(callback):
    param = callback
    mapping = {"keyA": "status.example.com", "keyB": param, "keyC": "api.example.com"}
    bar = mapping["keyB"]
    # expect: ssrf
    r = httpx.post(bar, json={"event": "ping"}, timeout=5)
    return {"delivered": r.is_success}
