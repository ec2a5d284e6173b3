# library: Flask + PyYAML unsafe_load
"""PyYAML unsafe_load: value from request (view_args)."""
import yaml
from flask import Blueprint, request


bp = Blueprint("deserialization_load_3", __name__)


@bp.route("/load/<blob>")
def load_3(blob):
    param = request.view_args["blob"]
    num = 50
    bar = param if 7 * 18 + num > 200 else "gAR9lC4="
    doc = yaml.unsafe_load(bar)
    return {"doc": doc}
