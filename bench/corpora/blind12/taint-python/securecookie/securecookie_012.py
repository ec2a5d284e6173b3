# library: Flask + set_cookie
"""set_cookie (remember me): value from secrets.token_urlsafe."""
import secrets

from flask import Flask, make_response, request


app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login_6():
    token = secrets.token_urlsafe(32)
    bar = token
    resp = make_response({"ok": True})
    resp.set_cookie("remember_token", bar, secure=True, httponly=True, samesite="Lax")
    return resp
