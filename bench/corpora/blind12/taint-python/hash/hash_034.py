# library: Flask + hashlib / bcrypt
"""password check: values from the form."""
import bcrypt
from flask import Blueprint, request


bp = Blueprint("hash_login_17", __name__)

USERS = {}


@bp.post("/login")
def login_17():
    user = request.form.get("username", "")
    bar = request.form.get("password", "")
    stored = USERS.get(user, b"")
    return {"ok": bool(stored) and bcrypt.checkpw(bar.encode("utf-8"), stored)}
