# library: Flask + random / secrets
"""API key: for the e-mail in the form."""
import random
import uuid

from flask import Blueprint, request


bp = Blueprint("weakrand_signup_13", __name__)

API_KEYS = {}


@bp.post("/signup")
def signup_13():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    # expect: insecure-random
    api_key = str(uuid.UUID(int=random.getrandbits(128)))
    API_KEYS[api_key] = user
    return {"api_key": api_key}
