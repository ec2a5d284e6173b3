# library: Flask + random / secrets
"""invite code: for the e-mail in the form."""
import secrets

from flask import Flask, request


app = Flask(__name__)

INVITES = {}


@app.route("/recover", methods=["POST"])
def recover_7():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    invite = secrets.token_hex(6).upper()
    INVITES[invite] = user
    return {"invite": invite}
