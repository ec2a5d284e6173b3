# library: Flask + join HTML
"""join HTML: value from request (route param)."""
from flask import Blueprint, request


bp = Blueprint("xss_list_7", __name__)

ALLOWED = {"guest", "visitor", "member"}


@bp.route("/list/<q>")
def list_7(q):
    param = q
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    parts = ["<ul>", "<li>", bar, "</li>", "</ul>"]
    # expect: xss
    return "".join(parts)
