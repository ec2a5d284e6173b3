# library: Flask + redirect (host)
"""redirect (host): value from request (headers)."""
from flask import Blueprint, redirect, request


bp = Blueprint("redirect_oauth_8", __name__)


@bp.get("/oauth")
def oauth_8():
    param = request.headers.get("X-Return-To", "")
    mapping = {}
    mapping["keyA"] = "/dashboard"
    mapping["keyB"] = param
    mapping["keyC"] = "/account"
    bar = mapping["keyA"]
    return redirect(f"https://{bar}/oauth/callback")
