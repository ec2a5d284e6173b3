# library: Flask + hashlib / bcrypt
"""password check: values from the form."""
import hashlib
import hmac

from flask import Blueprint, request


bp = Blueprint("hash_login_17", __name__)

USERS = {}


@bp.post("/login")
def login_17():
    user = request.form.get("username", "")
    bar = request.form.get("password", "")
    stored = USERS.get(user, "")
    # expect: weak-hash
    candidate = hashlib.sha1(bar.encode("utf-8")).hexdigest()
    return {"ok": hmac.compare_digest(stored, candidate)}
