# library: Flask + make_response
"""make_response: value from request (headers)."""
from flask import Blueprint, make_response, request


bp = Blueprint("xss_search_16", __name__)


@bp.get("/search")
def search_16():
    param = request.headers.get("X-Name", "")
    values = []
    values.append("guest")
    values.append(param)
    values.append("visitor")
    values.pop(0)
    bar = values[0]
    # expect: xss
    resp = make_response("<h1>Results for " + bar + "</h1>")
    resp.headers["Cache-Control"] = "no-store"
    return resp
