# library: Flask + jsonpickle
"""jsonpickle: value from request (args[...])."""
import configparser

from flask import Blueprint, request
import jsonpickle


bp = Blueprint("deserialization_session_4", __name__)

import configparser


@bp.get("/session")
def session_4():
    param = request.args["job"]
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "gAR9lC4=")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyB")
    # expect: deserialization
    obj = jsonpickle.decode(bar)
    return {"type": type(obj).__name__}
