# library: Flask + += HTML
"""+= HTML: value from request (helper get_param)."""
from flask import Flask, request

from .helpers.params import get_param


app = Flask(__name__)


@app.route("/table")
def table_5():
    param = get_param(request, "msg")
    bar = param.strip()
    body = "<table>"
    body += "<tr><td>" + bar + "</td></tr>"
    body += "</table>"
    # expect: xss
    return body
