# library: Flask + += HTML
"""+= HTML: value from request (view_args)."""
from flask import Flask, request


app = Flask(__name__)

CHOICES = {"a": "guest", "b": "visitor", "c": "member"}


def pick(value):
    return CHOICES.get(value, "guest")


@app.route("/table/<q>")
def table_12(q):
    param = request.view_args["q"]
    bar = pick(param)
    body = "<table>"
    body += "<tr><td>" + bar + "</td></tr>"
    body += "</table>"
    return body
