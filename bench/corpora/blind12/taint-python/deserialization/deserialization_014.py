# library: Flask + pickle
"""pickle: value from request (headers)."""
import base64
import json
import pickle

from flask import Blueprint, request


bp = Blueprint("deserialization_restore_7", __name__)


@bp.get("/restore")
def restore_7():
    param = request.headers.get("X-Payload", "")
    bar = param
    state = json.loads(base64.b64decode(bar))
    return {"state": state}
