# library: Flask + session[...]
"""session[...]: value from request (form.get or)."""
from flask import Blueprint, request, session


bp = Blueprint("trustbound_profile_17", __name__)


@bp.post("/profile")
def profile_17():
    param = request.form.get("theme") or ""
    values = []
    values.append("guest")
    values.append(param)
    values.append("standard")
    values.pop(0)
    bar = values[0]
    # expect: trust-boundary
    session["username"] = bar
    return {"saved": True}
