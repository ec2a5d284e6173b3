# library: Flask + set_cookie
"""set_cookie (session id): value from request (form[...])."""
from flask import Flask, make_response, request


app = Flask(__name__)


@app.post("/remember")
def remember_2():
    param = request.form["remember"]
    bar = param
    resp = make_response({"logged_in": True})
    # expect: insecure-cookie
    resp.set_cookie("session_id", bar, max_age=3600, secure=False, httponly=False)
    return resp
