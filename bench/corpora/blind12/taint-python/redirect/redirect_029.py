# library: Flask + Location header
"""Location header: value from request (form[...])."""
import configparser

from flask import Blueprint, Response, request


bp = Blueprint("redirect_out_15", __name__)


@bp.route("/out", methods=["POST"])
def out_15():
    param = request.form["continue"]
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "/dashboard")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyB")
    # expect: open-redirect
    return Response(status=302, headers={"Location": bar})
