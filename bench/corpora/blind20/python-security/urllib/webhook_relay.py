"""Relays stored webhooks to subscriber URLs (stdlib urllib)."""
import ipaddress
import json
import socket
import urllib.parse
import urllib.request

from flask import Flask, abort, request

app = Flask(__name__)
PARTNER_HOSTS = {"hooks.partner-a.example", "api.partner-b.example"}


def _is_public(host: str) -> bool:
    for info in socket.getaddrinfo(host, 443):
        if not ipaddress.ip_address(info[4][0]).is_global:
            return False
    return True


@app.post("/relay")
def relay():
    target = request.json["url"]
    body = json.dumps(request.json["payload"]).encode()
    req = urllib.request.Request(target, data=body, headers={"Content-Type": "application/json"})
    # expect: ssrf
    with urllib.request.urlopen(req, timeout=10) as resp:
        return {"status": resp.status}


@app.post("/relay/partner")
def relay_partner():
    target = request.json["url"]
    parts = urllib.parse.urlsplit(target)
    if parts.scheme != "https" or parts.hostname not in PARTNER_HOSTS:
        abort(400)
    body = json.dumps(request.json["payload"]).encode()
    req = urllib.request.Request(target, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return {"status": resp.status}


@app.post("/relay/public")
def relay_public():
    target = request.json["url"]
    parts = urllib.parse.urlsplit(target)
    if parts.scheme != "https" or not parts.hostname or not _is_public(parts.hostname):
        abort(400)
    with urllib.request.urlopen(target, timeout=10) as resp:
        return {"status": resp.status}


@app.get("/preview")
def preview():
    link = request.args.get("link", "")
    # expect: ssrf
    html = urllib.request.urlopen(link, timeout=5).read(65536)
    return {"length": len(html)}


@app.get("/status")
def status():
    with urllib.request.urlopen("https://status.example.com/api/v2/status.json", timeout=5) as resp:
        return json.load(resp)
