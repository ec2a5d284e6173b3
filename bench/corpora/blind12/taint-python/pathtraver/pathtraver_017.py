# library: Flask + pathlib
"""pathlib: value from request (helper get_json_field)."""
import configparser
from pathlib import Path

from flask import Blueprint, request

from .helpers.params import get_json_field


bp = Blueprint("pathtraver_attachment_9", __name__)

BASE_DIR = "/srv/app/uploads"


@bp.route("/attachment", methods=["POST"])
def attachment_9():
    param = get_json_field(request, "path")
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "readme.txt")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyB")
    # expect: path-traversal
    data = (Path(BASE_DIR) / bar).read_bytes()
    return {"size": len(data)}
