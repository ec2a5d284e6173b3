# library: Flask + session[...]
"""session[...]: value from request (helper get_json_field)."""
from flask import Blueprint, request, session

from .helpers.params import get_json_field


bp = Blueprint("trustbound_profile_9", __name__)

CHOICES = {"a": "guest", "b": "standard", "c": "basic"}


def pick(value):
    return CHOICES.get(value, value)


@bp.post("/profile")
def profile_9():
    param = get_json_field(request, "role")
    bar = pick(param)
    # expect: trust-boundary
    session["username"] = bar
    return {"saved": True}
