# library: Flask + exec
"""exec: value from request (headers)."""
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
    # expect: code-injection
    exec("result = " + bar, {"__builtins__": {}}, scope)
    return {"result": scope.get("result")}
