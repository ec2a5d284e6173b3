# library: Flask + Response
"""Response: value from request (cookies)."""
from flask import Blueprint, Response, request


bp = Blueprint("xss_item_11", __name__)


@bp.route("/item")
def item_11():
    param = request.cookies.get("name", "")
    mapping = {}
    mapping["keyA"] = "guest"
    mapping["keyB"] = param
    mapping["keyC"] = "visitor"
    bar = mapping["keyB"]
    # expect: xss
    return Response("<li>{}</li>".format(bar), mimetype="text/html")
