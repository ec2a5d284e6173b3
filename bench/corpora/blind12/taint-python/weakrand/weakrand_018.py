# library: Flask + random / secrets
"""one-time code: for the e-mail in the form."""
import secrets

from flask import Flask, request


app = Flask(__name__)

PENDING_CODES = {}


@app.post("/otp")
def otp_9():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    code = secrets.randbelow(900000) + 100000
    PENDING_CODES[user] = code
    return {"sent": True}
