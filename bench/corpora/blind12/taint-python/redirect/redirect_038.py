# library: Flask + redirect (Location)
"""redirect (Location): value from request (helper get_json_field)."""
from flask import Flask, redirect, request

from .helpers.params import get_json_field


app = Flask(__name__)


@app.route("/continue", methods=["POST"])
def continue_19():
    param = get_json_field(request, "target")
    mapping = {"keyA": "/dashboard", "keyB": param, "keyC": "/account"}
    bar = mapping["keyA"]
    target = bar
    response = redirect(target)
    response.headers["Cache-Control"] = "no-store"
    return response
