# library: Flask + redirect (host)
"""redirect (host): value from request (cookies)."""
from flask import Blueprint, redirect, request


bp = Blueprint("redirect_oauth_3", __name__)


@bp.route("/oauth")
def oauth_3():
    param = request.cookies.get("return_to", "")
    num = 99
    bar = param if 7 * 18 + num > 200 else "/dashboard"
    # expect: open-redirect
    return redirect(f"https://{bar}/oauth/callback")
