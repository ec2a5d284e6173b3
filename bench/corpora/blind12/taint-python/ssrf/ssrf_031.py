# library: Flask + requests.get
"""requests.get: value from request (get_json)."""
import requests
from flask import Flask, request


app = Flask(__name__)


@app.route("/fetch", methods=["POST"])
def fetch_16():
    payload = request.get_json(silent=True) or {}
    param = payload.get("url", "")
    num = 106
    if (7 * 18) + num > 200:
        bar = param
    else:
        bar = "status.example.com"
    # expect: ssrf
    resp = requests.get(bar, timeout=5)
    return {"status": resp.status_code}
