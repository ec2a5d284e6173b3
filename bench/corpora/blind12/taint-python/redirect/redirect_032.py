# library: Flask + redirect
"""redirect: value from request (route param)."""
from flask import Flask, redirect, request, url_for


app = Flask(__name__)


@app.get("/login/<next>")
def login_16(next):
    param = next
    num = 50
    if (7 * 18) + num > 200:
        bar = "/dashboard"
    else:
        bar = param
    return redirect(url_for("profile.show", username=bar))
