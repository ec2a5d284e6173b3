# library: Flask + requests.get (host)
"""requests.get (host): value from request (route param)."""
import requests
from flask import Blueprint, request


bp = Blueprint("ssrf_health_2", __name__)

DEFAULT_VALUE = "status.example.com"


@bp.get("/health/<host>")
def health_2(host):
    param = host
    bar = param.strip()
    bar = DEFAULT_VALUE
    resp = requests.get(f"http://{bar}/health", timeout=3)
    return {"healthy": resp.ok}
