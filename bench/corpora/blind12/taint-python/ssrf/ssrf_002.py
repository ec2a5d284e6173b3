# library: Flask + requests.get
"""requests.get: value from request (form[...])."""
import requests
from flask import Flask, request


app = Flask(__name__)


@app.post("/fetch")
def fetch_1():
    param = request.form["url"]
    mode = "plain"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "api.example.com"
    else:
        bar = "cdn.example.com"
    resp = requests.get(bar, timeout=5)
    return {"status": resp.status_code}
