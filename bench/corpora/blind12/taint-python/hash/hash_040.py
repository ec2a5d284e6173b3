# library: Flask + hashlib / bcrypt
"""salted password storage: values from the form."""
import hashlib
import os

from flask import Blueprint, request


bp = Blueprint("hash_signup_20", __name__)

USERS = {}


@bp.route("/signup", methods=["POST"])
def signup_20():
    user = request.form.get("username", "")
    bar = request.form.get("password", "")
    salt = os.urandom(16).hex()
    hashed = hashlib.pbkdf2_hmac("sha256", bar.encode(), salt.encode(), 600_000).hex()
    USERS[user] = (salt, hashed)
    return {"created": user}
