"""Link preview and webhook test endpoints."""
import ipaddress
import socket
from urllib.parse import urlparse

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
ALLOWED_HOSTS = {"hooks.slack.com", "discord.com"}


def is_public(url):
    host = urlparse(url).hostname or ""
    addr = ipaddress.ip_address(socket.gethostbyname(host))
    return addr.is_global


@app.get("/preview")
def preview():
    url = request.args["url"]
    # expect: ssrf
    resp = requests.get(url, timeout=5)
    return jsonify(status=resp.status_code, length=len(resp.content))


@app.post("/webhooks/test")
def test_webhook():
    target = request.json["target"]
    # expect: ssrf
    resp = requests.post(target, json={"event": "ping"}, timeout=5)
    return jsonify(status=resp.status_code)


@app.post("/webhooks/test/allowed")
def test_webhook_allowed():
    target = request.json["target"]
    if urlparse(target).hostname not in ALLOWED_HOSTS:
        abort(400)
    # safe: host allow-list
    resp = requests.post(target, json={"event": "ping"}, timeout=5)
    return jsonify(status=resp.status_code)


@app.get("/avatar")
def avatar():
    host = request.args.get("host", "")
    session = requests.Session()
    # expect: ssrf
    resp = session.get("http://" + host + "/avatar.png", timeout=5)
    return resp.content


@app.get("/preview/public")
def preview_public():
    url = request.args["url"]
    if not is_public(url):
        abort(400)
    # safe: resolved address checked
    resp = requests.get(url, timeout=5, allow_redirects=False)
    return jsonify(status=resp.status_code)


@app.get("/status")
def status():
    # safe: constant URL
    return requests.get("https://status.example.com/api/v2/status.json", timeout=5).json()
