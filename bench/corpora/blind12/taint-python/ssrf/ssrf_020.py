# library: Flask + requests.request
"""requests.request: value from request (args.getlist)."""
from urllib.parse import quote

import requests
from flask import Flask, request


app = Flask(__name__)


@app.route("/discovery")
def discovery_10():
    values = request.args.getlist("tenant")
    param = values[0] if values else ""
    switch_target = "A"
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "api.example.com"
        case _:
            bar = "cdn.example.com"
    doc = requests.request("GET", "https://login.example.com/" + quote(bar, safe="") + "/.well-known/openid-configuration", timeout=5).json()
    return {"issuer": doc.get("issuer")}
