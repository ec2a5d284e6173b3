# library: Flask + redirect (Location)
"""redirect (Location): value from request (files[..].filename)."""
from flask import Flask, redirect, request


app = Flask(__name__)

CHOICES = {"a": "/dashboard", "b": "/account", "c": "/help"}


def pick(value):
    return CHOICES.get(value, value)


@app.route("/continue", methods=["POST"])
def continue_9():
    upload = request.files["file"]
    param = upload.filename or ""
    bar = pick(param)
    target = "/" + bar.lstrip("/\\")
    if "//" in target or ":" in target:
        target = "/"
    response = redirect(target)
    response.headers["Cache-Control"] = "no-store"
    return response
