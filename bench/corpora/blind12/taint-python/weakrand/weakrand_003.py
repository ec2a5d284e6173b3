# library: Flask + random / secrets
"""one-time code: for the e-mail in the form."""
import random
import time

from flask import Flask, request


app = Flask(__name__)

PENDING_CODES = {}


@app.post("/otp")
def otp_2():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    time.sleep(random.uniform(0.05, 0.2))
    # expect: insecure-random
    code = random.randint(100000, 999999)
    PENDING_CODES[user] = code
    return {"sent": True}
