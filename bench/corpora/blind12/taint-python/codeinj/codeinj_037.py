# library: Flask + exec of built source
"""exec of built source: value from request (helper get_param)."""
from flask import Flask, request

from .helpers.params import get_param


app = Flask(__name__)

RULES = {}


@app.route("/rules")
def rules_19():
    param = get_param(request, "calc")
    mapping = {"keyA": "1 + 1", "keyB": param, "keyC": "2 * 3"}
    bar = mapping["keyB"]
    source = "def rule(order):\n    return " + bar
    namespace = {}
    # expect: code-injection
    exec(source, namespace)
    RULES["custom"] = namespace["rule"]
    return {"installed": True}
