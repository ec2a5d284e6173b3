# library: Flask + PyYAML unsafe_load
"""PyYAML unsafe_load: value from request (form.get or)."""
import yaml
from flask import Flask, request


app = Flask(__name__)

CHOICES = {"a": "gAR9lC4=", "b": "gAR9lC4=", "c": "gAR9lC4="}


def pick(value):
    return CHOICES.get(value, value)


@app.route("/load", methods=["POST"])
def load_9():
    param = request.form.get("job") or ""
    bar = pick(param)
    doc = yaml.safe_load(bar)
    return {"doc": doc}
