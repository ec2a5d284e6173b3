# library: urllib.request
"""Webhook preview: fetches a URL the user configured and shows its status."""
from urllib.parse import urlparse
from urllib.request import urlopen

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
ALLOWED_HOSTS = {"hooks.slack.com", "api.pagerduty.com"}


@app.post("/webhooks/preview")
def preview():
    target = request.json["url"]
    # expect: ssrf
    with urlopen(target, timeout=5) as resp:
        return jsonify(status=resp.status)


@app.post("/webhooks/preview-checked")
def preview_checked():
    target = request.json["url"]
    parts = urlparse(target)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        abort(400)
    with urlopen(target, timeout=5) as resp:
        return jsonify(status=resp.status)


@app.get("/avatar")
def avatar():
    # expect: ssrf
    data = urlopen(request.args["src"], timeout=5).read()
    return data, 200, {"Content-Type": "image/png"}


@app.get("/status")
def status():
    with urlopen("https://status.example.com/api/v2/status.json", timeout=5) as resp:
        return resp.read()
