# library: Flask + requests.get
"""requests.get: value from request (cookies)."""
import requests
from flask import Flask, request


app = Flask(__name__)


@app.get("/fetch")
def fetch_6():
    param = request.cookies.get("url", "")
    values = []
    values.append("status.example.com")
    values.append(param)
    values.append("api.example.com")
    values.pop(0)
    bar = values[1]
    resp = requests.get(bar, timeout=5)
    return {"status": resp.status_code}
