# library: Flask + Location header
"""Location header: value from request (cookies)."""
from flask import Flask, Response, request, url_for


app = Flask(__name__)

CHOICES = {"a": "/dashboard", "b": "/account", "c": "/help"}


def pick(value):
    return CHOICES.get(value, value)


@app.route("/out")
def out_20():
    param = request.cookies.get("continue", "")
    bar = pick(param)
    return Response(status=302, headers={"Location": url_for("index", ref=bar)})
