# library: Flask + exec of built source
"""exec of built source: value from request (view_args)."""
from flask import Flask, request


app = Flask(__name__)

RULES = {}

CHOICES = {"a": "1 + 1", "b": "2 * 3", "c": "[1, 2, 3]"}


def pick(value):
    return CHOICES.get(value, "1 + 1")


@app.get("/rules/<calc>")
def rules_9(calc):
    param = request.view_args["calc"]
    bar = pick(param)
    source = "def rule(order):\n    return " + bar
    namespace = {}
    exec(source, namespace)
    RULES["custom"] = namespace["rule"]
    return {"installed": True}
