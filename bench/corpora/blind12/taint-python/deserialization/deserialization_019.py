# library: Flask + jsonpickle
"""jsonpickle: value from request (values)."""
import jsonpickle
from flask import Blueprint, request


bp = Blueprint("deserialization_session_10", __name__)


@bp.route("/session")
def session_10():
    param = request.values.get("data", "")
    switch_target = "A"
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "gAR9lC4="
        case _:
            bar = "gAR9lC4="
    # expect: deserialization
    obj = jsonpickle.decode(bar)
    return {"type": type(obj).__name__}
