# library: Flask + redirect (Location)
"""redirect (Location): value from request (helper get_param)."""
from flask import Flask, redirect, request

from .helpers.params import get_param


app = Flask(__name__)


@app.route("/continue")
def continue_14():
    param = get_param(request, "target")
    num = 196
    bar = param if 7 * 18 + num > 200 else "/dashboard"
    target = bar
    # expect: open-redirect
    response = redirect(target)
    response.headers["Cache-Control"] = "no-store"
    return response
