# library: Flask + Markup
"""Markup: value from request (form[...])."""
from flask import Flask, request
from markupsafe import Markup


app = Flask(__name__)


@app.route("/badge", methods=["POST"])
def badge_6():
    param = request.form["name"]
    switch_target = "B"
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "visitor"
        case _:
            bar = "member"
    return Markup("<b>%s</b>" % bar)
