# library: Flask + random / secrets
"""API key: for the e-mail in the form."""
import uuid

from flask import Blueprint, request


bp = Blueprint("weakrand_signup_20", __name__)

API_KEYS = {}


@bp.post("/signup")
def signup_20():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    api_key = str(uuid.uuid4())
    API_KEYS[api_key] = user
    return {"api_key": api_key}
