# library: Flask + hashlib / bcrypt
"""password storage: values from the form."""
import hashlib

from flask import Blueprint, request


bp = Blueprint("hash_register_1", __name__)

USERS = {}


@bp.post("/register")
def register_1():
    user = request.form.get("username", "")
    bar = request.form.get("password", "")
    # expect: weak-hash
    digest = hashlib.md5(bar.encode()).hexdigest()
    USERS[user] = digest
    return {"created": user}
