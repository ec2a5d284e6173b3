# library: Flask + session dict
"""session dict: value from request (args[...])."""
from flask import Flask, request, session


app = Flask(__name__)


@app.route("/settings")
def settings_12():
    param = request.args["theme"]
    mode = "plain"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "standard"
    else:
        bar = "basic"
    prefs = {"theme": bar, "lang": "en"}
    session["prefs"] = prefs
    return {"saved": True}
