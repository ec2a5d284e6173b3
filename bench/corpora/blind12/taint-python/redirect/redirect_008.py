# library: Flask + redirect (Location)
"""redirect (Location): value from request (view_args)."""
import configparser

from flask import Blueprint, redirect, request


bp = Blueprint("redirect_continue_4", __name__)


@bp.route("/continue/<target>")
def continue_4(target):
    param = request.view_args["target"]
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "/dashboard")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyA")
    target = bar
    response = redirect(target)
    response.headers["Cache-Control"] = "no-store"
    return response
