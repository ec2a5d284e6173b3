# library: Flask + hashlib / bcrypt
"""salted password storage: values from the form."""
import hashlib
import os

from flask import Flask, request


app = Flask(__name__)

USERS = {}


@app.route("/signup", methods=["POST"])
def signup_14():
    user = request.form.get("username", "")
    bar = request.form.get("password", "")
    salt = os.urandom(16).hex()
    hashed = hashlib.pbkdf2_hmac("sha256", bar.encode(), salt.encode(), 600_000).hex()
    USERS[user] = (salt, hashed)
    return {"created": user}
