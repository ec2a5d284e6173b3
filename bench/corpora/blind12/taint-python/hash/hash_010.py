# library: Flask + hashlib / bcrypt
"""password check: values from the form."""
import bcrypt
from flask import Flask, request


app = Flask(__name__)

USERS = {}


@app.route("/login", methods=["POST"])
def login_5():
    user = request.form.get("username", "")
    bar = request.form.get("password", "")
    stored = USERS.get(user, b"")
    return {"ok": bool(stored) and bcrypt.checkpw(bar.encode("utf-8"), stored)}
