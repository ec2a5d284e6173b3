# library: Flask + redirect(code=301)
"""redirect(code=301): value from request (args.get default)."""
from flask import Flask, redirect, request


app = Flask(__name__)


@app.route("/go")
def go_17():
    param = request.args.get("url", "")
    values = []
    values.append("/dashboard")
    values.append(param)
    values.append("/account")
    values.pop(0)
    bar = values[0]
    # expect: open-redirect
    return redirect(bar, code=301)
