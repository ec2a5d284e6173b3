# library: Flask + hashlib / bcrypt
"""password key derivation: values from the form."""
import hashlib
import os

from flask import Flask, request


app = Flask(__name__)

USERS = {}


@app.route("/enroll", methods=["POST"])
def enroll_12():
    user = request.form.get("username", "")
    bar = request.form.get("password", "")
    salt = os.urandom(16)
    # expect: weak-hash
    key = hashlib.md5(salt + bar.encode()).digest()
    USERS[user] = salt + key
    return {"created": user}
