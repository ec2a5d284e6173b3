# library: Flask + exec of built source
"""exec of built source: value from request (route param)."""
import configparser

from flask import Flask, request


app = Flask(__name__)

RULES = {}


@app.route("/rules/<calc>")
def rules_4(calc):
    param = calc
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "1 + 1")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyB")
    source = "def rule(order):\n    return " + bar
    namespace = {}
    # expect: code-injection
    exec(source, namespace)
    RULES["custom"] = namespace["rule"]
    return {"installed": True}
