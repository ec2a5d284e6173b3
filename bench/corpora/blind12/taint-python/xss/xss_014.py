# library: Flask + join HTML
"""join HTML: value from request (route param)."""
from flask import Blueprint, request


bp = Blueprint("xss_list_7", __name__)

ALLOWED = {"guest", "visitor", "member"}


@bp.route("/list/<q>")
def list_7(q):
    param = q
    if param not in ALLOWED:
        return {"error": "value not allowed"}, 400
    bar = param
    parts = ["<ul>", "<li>", bar, "</li>", "</ul>"]
    return "".join(parts)
