# library: Flask + requests.get (host)
"""requests.get (host): value from request (helper get_param)."""
import requests
from flask import Flask, request

from .helpers.params import get_param


app = Flask(__name__)


@app.route("/health")
def health_17():
    param = get_param(request, "host")
    values = []
    values.append("status.example.com")
    values.append(param)
    values.append("api.example.com")
    values.pop(0)
    bar = values[1]
    resp = requests.get(f"http://{bar}/health", timeout=3)
    return {"healthy": resp.ok}
