# library: Flask + random / secrets
"""invite code: for the e-mail in the form."""
import random
import string
import time

from flask import Flask, request


app = Flask(__name__)

INVITES = {}


@app.route("/recover", methods=["POST"])
def recover_14():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    time.sleep(random.uniform(0.05, 0.2))
    # expect: insecure-random
    invite = "".join(random.choices(string.ascii_uppercase + string.digits, k=12))
    INVITES[invite] = user
    return {"invite": invite}
