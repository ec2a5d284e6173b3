# library: Flask + += HTML
"""+= HTML: value from request (values)."""
from flask import Flask, request


app = Flask(__name__)

ALLOWED = {"guest", "visitor", "member"}


@app.route("/table")
def table_19():
    param = request.values.get("title", "")
    if param not in ALLOWED:
        return {"error": "value not allowed"}, 400
    bar = param
    body = "<table>"
    body += "<tr><td>" + bar + "</td></tr>"
    body += "</table>"
    return body
