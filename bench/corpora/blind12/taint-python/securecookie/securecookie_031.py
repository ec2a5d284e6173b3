# library: Flask + set_cookie
"""set_cookie (remember me): value from request (form[...])."""
from flask import Flask, make_response, request


app = Flask(__name__)


@app.post("/login")
def login_16():
    param = request.form["token"]
    bar = param
    resp = make_response({"ok": True})
    # expect: insecure-cookie
    resp.set_cookie("remember_token", bar)
    return resp
