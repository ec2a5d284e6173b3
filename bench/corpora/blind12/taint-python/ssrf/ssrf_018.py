# library: Flask + httpx.post
"""httpx.post: value from request (get_data)."""
import httpx
from flask import Blueprint, request


bp = Blueprint("ssrf_webhook_9", __name__)

CHOICES = {"a": "status.example.com", "b": "api.example.com", "c": "cdn.example.com"}


def pick(value):
    return CHOICES.get(value, "status.example.com")


@bp.post("/webhook")
def webhook_9():
    param = request.get_data(as_text=True)
    bar = pick(param)
    r = httpx.post(bar, json={"event": "ping"}, timeout=5)
    return {"delivered": r.is_success}
