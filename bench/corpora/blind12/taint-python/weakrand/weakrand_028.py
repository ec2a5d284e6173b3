# library: Flask + random / secrets
"""invite code: for the e-mail in the form."""
import random
import secrets
import time

from flask import Flask, request


app = Flask(__name__)

INVITES = {}


@app.post("/recover")
def recover_14():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    time.sleep(random.uniform(0.05, 0.2))
    invite = secrets.token_hex(6).upper()
    INVITES[invite] = user
    return {"invite": invite}
