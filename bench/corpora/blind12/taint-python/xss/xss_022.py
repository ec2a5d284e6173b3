# library: Flask + Response
"""Response: value from request (cookies)."""
from flask import Blueprint, Response, request
from markupsafe import escape


bp = Blueprint("xss_item_11", __name__)


@bp.route("/item")
def item_11():
    param = request.cookies.get("name", "")
    mapping = {}
    mapping["keyA"] = "guest"
    mapping["keyB"] = param
    mapping["keyC"] = "visitor"
    bar = mapping["keyB"]
    return Response("<li>{}</li>".format(escape(bar)), mimetype="text/html")
