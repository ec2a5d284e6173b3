# library: Flask + requests.get (host)
"""requests.get (host): value from request (files[..].filename)."""
import requests
from flask import Flask, request


app = Flask(__name__)


@app.post("/health")
def health_12():
    upload = request.files["file"]
    param = upload.filename or ""
    mode = "custom"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "api.example.com"
    else:
        bar = "cdn.example.com"
    # expect: ssrf
    resp = requests.get(f"http://{bar}/health", timeout=3)
    return {"healthy": resp.ok}
