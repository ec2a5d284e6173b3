# library: Flask + PyYAML yaml.load
"""PyYAML yaml.load: value from request (view_args)."""
import yaml
from flask import Flask, request


app = Flask(__name__)

CHOICES = {"a": "gAR9lC4=", "b": "gAR9lC4=", "c": "gAR9lC4="}


def pick(value):
    return CHOICES.get(value, value)


@app.route("/import/<data>")
def import_20(data):
    param = request.view_args["data"]
    bar = pick(param)
    # expect: deserialization
    config = yaml.load(bar, Loader=yaml.Loader)
    return {"keys": sorted(config)}
