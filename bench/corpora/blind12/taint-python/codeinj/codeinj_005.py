# library: Flask + exec
"""exec: value from request (form[...])."""
from flask import Blueprint, request


bp = Blueprint("codeinj_evaluate_3", __name__)


@bp.post("/evaluate")
def evaluate_3():
    param = request.form["rule"]
    num = 64
    bar = "1 + 1" if 7 * 18 + num > 200 else param
    scope = {}
    # expect: code-injection
    exec("result = " + bar, {"__builtins__": {}}, scope)
    return {"result": scope.get("result")}
