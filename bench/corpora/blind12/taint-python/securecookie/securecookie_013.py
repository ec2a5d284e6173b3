# library: Flask + set_cookie
"""set_cookie (session id): value from request (helper get_json_field)."""
from flask import Flask, make_response, request

from .helpers.params import get_json_field


app = Flask(__name__)


@app.post("/remember")
def remember_7():
    param = get_json_field(request, "remember")
    bar = param
    resp = make_response({"logged_in": True})
    # expect: insecure-cookie
    resp.set_cookie("session_id", bar, max_age=3600, secure=False, httponly=False)
    return resp
