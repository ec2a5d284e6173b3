# library: Flask + requests.request
"""requests.request: value from request (args.get + guard)."""
import configparser

import requests
from flask import Flask, request


app = Flask(__name__)


@app.get("/discovery")
def discovery_15():
    param = request.args.get("tenant")
    if not param:
        param = ""
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "status.example.com")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyA")
    doc = requests.request("GET", "https://" + bar + "/.well-known/openid-configuration", timeout=5).json()
    return {"issuer": doc.get("issuer")}
