# library: Flask + random / secrets
"""session cookie: for the e-mail in the form."""
import secrets

from flask import Flask, make_response, request


app = Flask(__name__)


@app.post("/api-key")
def api_key_4():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    resp = make_response({"user": user})
    resp.set_cookie("sid", secrets.token_urlsafe(24), secure=True, httponly=True)
    return resp
