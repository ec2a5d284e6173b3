# library: Flask + hashlib / bcrypt
"""salted password storage: values from the form."""
import hashlib
import os

from flask import Flask, request


app = Flask(__name__)

USERS = {}


@app.post("/signup")
def signup_14():
    user = request.form.get("username", "")
    bar = request.form.get("password", "")
    salt = os.urandom(16).hex()
    # expect: weak-hash
    hashed = hashlib.sha1((salt + bar).encode()).hexdigest()
    USERS[user] = (salt, hashed)
    return {"created": user}
