# library: Flask + hashlib / bcrypt
"""password key derivation: values from the form."""
import hashlib
import os

from flask import Flask, request


app = Flask(__name__)

USERS = {}


@app.route("/enroll", methods=["POST"])
def enroll_18():
    user = request.form.get("username", "")
    bar = request.form.get("password", "")
    salt = os.urandom(16)
    key = hashlib.scrypt(bar.encode(), salt=salt, n=2**14, r=8, p=1)
    USERS[user] = salt + key
    return {"created": user}
