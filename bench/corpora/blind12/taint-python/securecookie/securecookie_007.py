# library: Flask + set_cookie
"""set_cookie (sid): value from request (get_json[...])."""
from flask import Flask, redirect, request


app = Flask(__name__)


@app.route("/refresh", methods=["POST"])
def refresh_4():
    data = request.get_json()
    param = str(data["auth"])
    bar = param
    resp = redirect("/home")
    # expect: insecure-cookie
    resp.set_cookie(key="sid", value=bar, path="/", max_age=86400)
    return resp
