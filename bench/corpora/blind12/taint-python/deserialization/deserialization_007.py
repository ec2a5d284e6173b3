# library: Flask + jsonpickle
"""jsonpickle: value from request (args[...])."""
import configparser

import jsonpickle
from flask import Blueprint, request


bp = Blueprint("deserialization_session_4", __name__)


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
