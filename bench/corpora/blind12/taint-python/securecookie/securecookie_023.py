# library: Flask + set_cookie
"""set_cookie (session id): value from secrets.token_urlsafe."""
import secrets

from flask import Flask, make_response, request


app = Flask(__name__)


@app.post("/remember")
def remember_12():
    token = secrets.token_urlsafe(32)
    bar = token
    resp = make_response({"logged_in": True})
    # expect: insecure-cookie
    resp.set_cookie("session_id", bar, max_age=3600, secure=False, httponly=False)
    return resp
