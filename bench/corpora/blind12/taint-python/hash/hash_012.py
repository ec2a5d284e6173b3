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
    key = hashlib.scrypt(bar.encode(), salt=salt, n=2**14, r=8, p=1)
    USERS[user] = salt + key
    return {"created": user}
