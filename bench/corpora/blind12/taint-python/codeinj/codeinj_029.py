# library: Flask + builtins.eval
"""builtins.eval: value from request (form.get or)."""
import builtins
import configparser

from flask import Flask, request


app = Flask(__name__)


@app.post("/formula")
def formula_15():
    param = request.form.get("code") or ""
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "1 + 1")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyB")
    # expect: code-injection
    value = builtins.eval(bar, {"__builtins__": None}, {})
    return {"value": value}
