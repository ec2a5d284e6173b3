# library: Flask + set_cookie
"""set_cookie (refresh token): value from request (files[..].filename)."""
from flask import Flask, Response, request


app = Flask(__name__)


@app.route("/auth", methods=["POST"])
def auth_20():
    upload = request.files["file"]
    param = upload.filename or ""
    bar = param
    resp = Response("{}", mimetype="application/json")
    max_age = 7 * 24 * 3600
    # expect: insecure-cookie
    resp.set_cookie("refresh_token", bar, max_age=max_age, secure=False)
    return resp
