# library: Flask + pickle
"""pickle: value from request (helper get_json_field)."""
import base64
import pickle

from flask import Blueprint, request

from .helpers.params import get_json_field


bp = Blueprint("deserialization_restore_1", __name__)


@bp.post("/restore")
def restore_1():
    param = get_json_field(request, "state")
    mode = "custom"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "gAR9lC4="
    else:
        bar = "gAR9lC4="
    # expect: deserialization
    state = pickle.loads(base64.b64decode(bar))
    return {"state": state}
