# library: Flask + hashlib / bcrypt
"""password key derivation: values from the form."""
import hashlib
import os

from flask import Blueprint, request


bp = Blueprint("hash_enroll_6", __name__)

USERS = {}


@bp.post("/enroll")
def enroll_6():
    user = request.form.get("username", "")
    bar = request.form.get("password", "")
    salt = os.urandom(16)
    # expect: weak-hash
    key = hashlib.md5(salt + bar.encode()).digest()
    USERS[user] = salt + key
    return {"created": user}
