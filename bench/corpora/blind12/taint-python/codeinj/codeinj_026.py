# library: Flask + exec
"""exec: value from request (headers)."""
import json

from flask import Blueprint, request


bp = Blueprint("codeinj_evaluate_13", __name__)

DEFAULT_VALUE = "1 + 1"


@bp.get("/evaluate")
def evaluate_13():
    param = request.headers.get("X-Rule", "")
    bar = DEFAULT_VALUE
    if param:
        bar = param.strip()
    scope = {}
    scope["result"] = json.loads(bar)
    return {"result": scope.get("result")}
