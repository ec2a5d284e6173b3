# library: Flask + requests.get
"""requests.get: value from request (headers)."""
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
    # expect: ssrf
    resp = requests.get(bar, timeout=5)
    return {"status": resp.status_code}
