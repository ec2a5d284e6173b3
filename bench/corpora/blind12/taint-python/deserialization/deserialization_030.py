# library: Flask + PyYAML unsafe_load
"""PyYAML unsafe_load: value from request (route param)."""
import configparser

import yaml
from flask import Blueprint, request


bp = Blueprint("deserialization_load_15", __name__)


@bp.route("/load/<data>")
def load_15(data):
    param = data
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "gAR9lC4=")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyA")
    doc = yaml.unsafe_load(bar)
    return {"doc": doc}
