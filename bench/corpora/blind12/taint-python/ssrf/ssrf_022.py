# library: Flask + requests.get
"""requests.get: value from request (headers)."""
from urllib.parse import quote

import requests
from flask import Blueprint, request


bp = Blueprint("ssrf_fetch_11", __name__)

ALLOWED = {"status.example.com", "api.example.com", "cdn.example.com"}


@bp.get("/fetch")
def fetch_11():
    param = request.headers.get("X-Url", "")
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    resp = requests.get("https://api.example.com/v1/items/" + quote(bar, safe=""), timeout=5)
    return {"status": resp.status_code}
