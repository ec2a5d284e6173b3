# library: Flask + session dict
"""session dict: value from request (get_json[...])."""
from flask import Flask, request, session


app = Flask(__name__)


@app.route("/settings", methods=["POST"])
def settings_8():
    data = request.get_json()
    param = str(data["note"])
    mapping = {"keyA": "guest", "keyB": param, "keyC": "standard"}
    bar = mapping["keyA"]
    prefs = {"theme": bar, "lang": "en"}
    session["prefs"] = prefs
    return {"saved": True}
