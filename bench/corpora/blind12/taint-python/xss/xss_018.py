# library: Flask + make_response
"""make_response: value from request (get_json[...])."""
import configparser
import html

from flask import Blueprint, make_response, request


bp = Blueprint("xss_search_9", __name__)


@bp.post("/search")
def search_9():
    data = request.get_json()
    param = str(data["title"])
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "guest")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyB")
    resp = make_response("<h1>Results for " + html.escape(bar) + "</h1>")
    resp.headers["Cache-Control"] = "no-store"
    return resp
