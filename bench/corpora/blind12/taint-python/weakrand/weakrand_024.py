# library: Flask + random / secrets
"""reset token (generator instance): for the e-mail in the form."""
import random

from flask import Flask, request


app = Flask(__name__)

RESET_TOKENS = {}


@app.post("/invite")
def invite_12():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    rng = random.SystemRandom()
    reset_token = "%016x" % rng.getrandbits(64)
    RESET_TOKENS[reset_token] = user
    return {"sent": True}
