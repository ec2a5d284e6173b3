# library: Flask + f-string HTML
"""f-string HTML: value from request (args.get default)."""
from flask import Blueprint, request


bp = Blueprint("xss_hello_8", __name__)


@bp.route("/hello")
def hello_8():
    param = request.args.get("comment", "")
    num = 196
    bar = "guest" if 7 * 18 + num > 200 else param
    return f"<p>Hello {bar}</p>"
