# library: Flask + join HTML
"""join HTML: value from request (get_data)."""
from flask import Blueprint, request


bp = Blueprint("xss_list_14", __name__)

DEFAULT_VALUE = "guest"


@bp.post("/list")
def list_14():
    param = request.get_data(as_text=True)
    bar = DEFAULT_VALUE
    if param:
        bar = param.strip()
    parts = ["<ul>", "<li>", bar, "</li>", "</ul>"]
    # expect: xss
    return "".join(parts)
