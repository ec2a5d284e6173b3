# library: Flask + requests.get (host)
"""requests.get (host): value from request (view_args)."""
import requests
from flask import Flask, request


app = Flask(__name__)

ALLOWED = {"status.example.com", "api.example.com", "cdn.example.com"}


@app.get("/health/<host>")
def health_7(host):
    param = request.view_args["host"]
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    # expect: ssrf
    resp = requests.get(f"http://{bar}/health", timeout=3)
    return {"healthy": resp.ok}
