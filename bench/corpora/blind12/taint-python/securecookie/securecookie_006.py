# library: Flask + set_cookie
"""set_cookie (auth): value from secrets.token_urlsafe."""
import secrets

from flask import Flask, jsonify, request


app = Flask(__name__)


@app.post("/session")
def session_3():
    token = secrets.token_urlsafe(32)
    bar = token
    resp = jsonify(status="ok")
    resp.set_cookie("auth", value=bar, httponly=True, secure=True, samesite="Lax")
    return resp
