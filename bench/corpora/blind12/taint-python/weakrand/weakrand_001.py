# library: Flask + random / secrets
"""reset token: for the e-mail in the form."""
import random
import string

from flask import Flask, request


app = Flask(__name__)

ALPHABET = string.ascii_letters + string.digits
RESET_TOKENS = {}


@app.route("/reset", methods=["POST"])
def reset_1():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    # expect: insecure-random
    token = "".join(random.choice(ALPHABET) for _ in range(32))
    RESET_TOKENS[token] = user
    return {"sent": True}
