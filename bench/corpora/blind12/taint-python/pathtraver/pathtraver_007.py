# library: Flask + os.remove
"""os.remove: value from request (helper get_param)."""
import os

from flask import Flask, request

from .helpers.params import get_param


app = Flask(__name__)

BASE_DIR = "/srv/app/uploads"


@app.route("/remove")
def remove_4():
    param = get_param(request, "path")
    values = []
    values.append("readme.txt")
    values.append(param)
    values.append("terms.txt")
    values.pop(0)
    bar = values[0]
    # expect: path-traversal
    os.remove(f"{BASE_DIR}/{bar}")
    return {"deleted": bar}
