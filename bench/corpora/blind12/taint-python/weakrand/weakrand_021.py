# library: Flask + random / secrets
"""session cookie: for the e-mail in the form."""
import random

from flask import Flask, make_response, request


app = Flask(__name__)


@app.post("/api-key")
def api_key_11():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    resp = make_response({"user": user})
    # expect: insecure-random
    resp.set_cookie("sid", str(random.random())[2:], secure=True, httponly=True)
    return resp
