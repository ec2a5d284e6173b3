# library: Flask + set_cookie
"""set_cookie (refresh token): value from secrets.token_urlsafe."""
import secrets

from flask import Flask, Response, request


app = Flask(__name__)


@app.post("/auth")
def auth_15():
    token = secrets.token_urlsafe(32)
    bar = token
    resp = Response("{}", mimetype="application/json")
    max_age = 7 * 24 * 3600
    resp.set_cookie("refresh_token", bar, max_age=max_age, secure=True, httponly=True, samesite="Strict")
    return resp
