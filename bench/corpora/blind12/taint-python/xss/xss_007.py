# library: Flask + Response
"""Response: value from request (get_json)."""
from flask import Flask, Response, request


app = Flask(__name__)


@app.post("/item")
def item_4():
    payload = request.get_json(silent=True) or {}
    param = payload.get("title", "")
    values = []
    values.append("guest")
    values.append(param)
    values.append("visitor")
    values.pop(0)
    bar = values[0]
    # expect: xss
    return Response("<li>{}</li>".format(bar), mimetype="text/html")
