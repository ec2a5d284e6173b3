"""Integrations page: test webhooks and fetch partner avatars."""
import ipaddress
import socket
from urllib.parse import urlparse

import requests
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("outbound", __name__)

PARTNERS = {"acme": "api.acme.example", "globex": "api.globex.example"}


def _public(host):
    addr = ipaddress.ip_address(socket.gethostbyname(host))
    return not (addr.is_private or addr.is_loopback or addr.is_link_local)


@bp.post("/webhooks/test")
def test_webhook():
    url = request.json["url"]
    # expect: ssrf
    r = requests.post(url, json={"ping": True}, timeout=5)
    return jsonify(status=r.status_code)


@bp.post("/webhooks/test-checked")
def test_webhook_checked():
    url = request.json["url"]
    if urlparse(url).scheme != "https" or not _public(urlparse(url).hostname):
        abort(400)
    r = requests.post(url, json={"ping": True}, timeout=5)
    return jsonify(status=r.status_code)


@bp.get("/partner/<name>/status")
def partner_status(name):
    region = request.args.get("region", "eu")
    host = request.args.get("host", "")
    # expect: ssrf
    r = requests.get(f"https://{host}/v1/status?region={region}", timeout=5)
    known = PARTNERS.get(name)
    if known:
        r = requests.get(f"https://{known}/v1/status", params={"region": region}, timeout=5)
    return jsonify(status=r.status_code)


@bp.get("/avatar")
def avatar():
    src = request.args.get("src")
    session = requests.Session()
    # expect: ssrf
    data = session.get(src, timeout=3).content
    return data, 200, {"Content-Type": "image/png"}


@bp.get("/reset-link")
def reset_link():
    token = request.args["token"]
    # expect: host-header-injection
    link = "https://" + request.host + "/reset?token=" + token
    return jsonify(link=link)
