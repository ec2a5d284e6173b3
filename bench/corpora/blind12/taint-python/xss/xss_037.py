# library: Flask + += HTML
"""+= HTML: value from request (values)."""
from flask import Flask, request


app = Flask(__name__)

ALLOWED = {"guest", "visitor", "member"}


@app.route("/table")
def table_19():
    param = request.values.get("title", "")
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    body = "<table>"
    body += "<tr><td>" + bar + "</td></tr>"
    body += "</table>"
    # expect: xss
    return body
