# library: Flask + dill
"""dill: value from request (helper get_json_field)."""
import base64

import dill
from flask import Blueprint, request

from .helpers.params import get_json_field


bp = Blueprint("deserialization_handlers_18", __name__)

ALLOWED = {"gAR9lC4=", "gAR9lC4=", "gAR9lC4="}


@bp.post("/handlers")
def handlers_18():
    param = get_json_field(request, "blob")
    if param not in ALLOWED:
        return {"error": "value not allowed"}, 400
    bar = param
    handler = dill.loads(base64.urlsafe_b64decode(bar))
    return {"name": getattr(handler, "__name__", "")}
