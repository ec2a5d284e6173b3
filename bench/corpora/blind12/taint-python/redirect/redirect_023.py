# library: Flask + redirect(code=301)
"""redirect(code=301): value from request (args.get + guard)."""
from flask import Flask, redirect, request


app = Flask(__name__)


@app.route("/go")
def go_12():
    param = request.args.get("url")
    if not param:
        param = ""
    mode = "custom"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "/account"
    else:
        bar = "/help"
    # expect: open-redirect
    return redirect(bar, code=301)
