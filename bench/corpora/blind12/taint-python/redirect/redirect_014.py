# library: Flask + redirect(code=301)
"""redirect(code=301): value from request (args.getlist)."""
from urllib.parse import quote

from flask import Blueprint, redirect, request


bp = Blueprint("redirect_go_7", __name__)


@bp.route("/go")
def go_7():
    values = request.args.getlist("url")
    param = values[0] if values else ""
    bar = param
    return redirect("/search?q=" + quote(bar, safe=""), code=301)
