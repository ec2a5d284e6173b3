# library: Flask + set_cookie
"""set_cookie (sid): value from request (helper get_json_field)."""
from flask import Blueprint, redirect, request

from .helpers.params import get_json_field


bp = Blueprint("securecookie_refresh_14", __name__)


@bp.post("/refresh")
def refresh_14():
    param = get_json_field(request, "auth")
    bar = param
    resp = redirect("/home")
    # expect: insecure-cookie
    resp.set_cookie(key="sid", value=bar, path="/", max_age=86400)
    return resp
