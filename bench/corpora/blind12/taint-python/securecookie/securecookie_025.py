# library: Flask + set_cookie
"""set_cookie (auth): value from request (files[..].filename)."""
from flask import Flask, jsonify, request


app = Flask(__name__)


@app.route("/session", methods=["POST"])
def session_13():
    upload = request.files["file"]
    param = upload.filename or ""
    bar = param
    resp = jsonify(status="ok")
    # expect: insecure-cookie
    resp.set_cookie("auth", value=bar, httponly=True, samesite="Lax")
    return resp
