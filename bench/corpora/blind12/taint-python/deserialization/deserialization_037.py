# library: Flask + pickle
"""pickle: value from request (cookies)."""
import base64
import pickle

from flask import Blueprint, request


bp = Blueprint("deserialization_restore_19", __name__)


@bp.get("/restore")
def restore_19():
    param = request.cookies.get("job", "")
    mapping = {}
    mapping["keyA"] = "gAR9lC4="
    mapping["keyB"] = param
    mapping["keyC"] = "gAR9lC4="
    bar = mapping["keyB"]
    # expect: deserialization
    state = pickle.loads(base64.b64decode(bar))
    return {"state": state}
