# library: Flask + random / secrets
"""session cookie: for the e-mail in the form."""
import random
import secrets
import time

from flask import Blueprint, make_response, request


bp = Blueprint("weakrand_api_key_18", __name__)


@bp.route("/api-key", methods=["POST"])
def api_key_18():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    time.sleep(random.uniform(0.05, 0.2))
    resp = make_response({"user": user})
    resp.set_cookie("sid", secrets.token_urlsafe(24), secure=True, httponly=True)
    return resp
