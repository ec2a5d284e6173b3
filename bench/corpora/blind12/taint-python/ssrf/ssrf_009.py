# library: Flask + requests.request
"""requests.request: value from request (helper get_json_field)."""
import requests
from flask import Flask, request

from .helpers.params import get_json_field


app = Flask(__name__)


@app.route("/discovery", methods=["POST"])
def discovery_5():
    param = get_json_field(request, "tenant")
    num = 106
    if (7 * 18) + num > 200:
        bar = param
    else:
        bar = "status.example.com"
    # expect: ssrf
    doc = requests.request("GET", "https://" + bar + "/.well-known/openid-configuration", timeout=5).json()
    return {"issuer": doc.get("issuer")}
