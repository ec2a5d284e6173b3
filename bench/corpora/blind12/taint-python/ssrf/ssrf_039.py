# library: Flask + requests.request
"""requests.request: value from request (args.get default)."""
import requests
from flask import Flask, request


app = Flask(__name__)

CHOICES = {"a": "status.example.com", "b": "api.example.com", "c": "cdn.example.com"}


def pick(value):
    return CHOICES.get(value, value)


@app.route("/discovery")
def discovery_20():
    param = request.args.get("tenant", "")
    bar = pick(param)
    # expect: ssrf
    doc = requests.request("GET", "https://" + bar + "/.well-known/openid-configuration", timeout=5).json()
    return {"issuer": doc.get("issuer")}
