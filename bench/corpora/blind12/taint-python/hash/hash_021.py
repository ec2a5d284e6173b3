# library: Flask + hashlib / bcrypt
"""password check: values from the form."""
import hashlib
import hmac

from flask import Flask, request


app = Flask(__name__)

USERS = {}


@app.route("/login", methods=["POST"])
def login_11():
    user = request.form.get("username", "")
    bar = request.form.get("password", "")
    stored = USERS.get(user, "")
    # expect: weak-hash
    candidate = hashlib.sha1(bar.encode("utf-8")).hexdigest()
    return {"ok": hmac.compare_digest(stored, candidate)}
