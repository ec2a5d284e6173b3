# library: Flask + hashlib / bcrypt
"""password storage: values from the form."""
import hashlib

from flask import Flask, request


app = Flask(__name__)

USERS = {}


@app.post("/register")
def register_7():
    user = request.form.get("username", "")
    bar = request.form.get("password", "")
    # expect: weak-hash
    digest = hashlib.md5(bar.encode()).hexdigest()
    USERS[user] = digest
    return {"created": user}
