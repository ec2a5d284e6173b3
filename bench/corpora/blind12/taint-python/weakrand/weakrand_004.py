# library: Flask + random / secrets
"""one-time code: for the e-mail in the form."""
import random
import secrets
import time

from flask import Flask, request


app = Flask(__name__)

PENDING_CODES = {}


@app.route("/otp", methods=["POST"])
def otp_2():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    time.sleep(random.uniform(0.05, 0.2))
    code = secrets.randbelow(900000) + 100000
    PENDING_CODES[user] = code
    return {"sent": True}
