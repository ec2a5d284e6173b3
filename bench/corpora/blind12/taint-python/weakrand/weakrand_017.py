# library: Flask + random / secrets
"""one-time code: for the e-mail in the form."""
import random

from flask import Flask, request


app = Flask(__name__)

PENDING_CODES = {}


@app.post("/otp")
def otp_9():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    # expect: insecure-random
    code = random.randint(100000, 999999)
    PENDING_CODES[user] = code
    return {"sent": True}
