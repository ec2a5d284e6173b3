# library: Flask + PyYAML yaml.load
"""PyYAML yaml.load: value from request (form[...])."""
import yaml
from flask import Flask, request


app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_14():
    param = request.form["job"]
    num = 64
    bar = "gAR9lC4=" if 7 * 18 + num > 200 else param
    # expect: deserialization
    config = yaml.load(bar, Loader=yaml.Loader)
    return {"keys": sorted(config)}
