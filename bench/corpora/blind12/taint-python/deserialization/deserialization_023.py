# library: Flask + dill
"""dill: value from request (get_json)."""
import base64

import dill
from flask import Blueprint, request


bp = Blueprint("deserialization_handlers_12", __name__)


@bp.post("/handlers")
def handlers_12():
    payload = request.get_json(silent=True) or {}
    param = payload.get("payload", "")
    mode = "custom"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "gAR9lC4="
    else:
        bar = "gAR9lC4="
    # expect: deserialization
    handler = dill.loads(base64.urlsafe_b64decode(bar))
    return {"name": getattr(handler, "__name__", "")}
