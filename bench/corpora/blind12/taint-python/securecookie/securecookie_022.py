# library: Flask + set_cookie
"""set_cookie (remember me): value from request (get_json[...])."""
from flask import Flask, make_response, request


app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login_11():
    data = request.get_json()
    param = str(data["token"])
    bar = param
    resp = make_response({"ok": True})
    resp.set_cookie("remember_token", bar, secure=True, httponly=True, samesite="Lax")
    return resp
