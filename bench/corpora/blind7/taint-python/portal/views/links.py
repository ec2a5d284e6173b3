import ipaddress
import socket
from urllib.parse import urlparse

import requests
from flask import Blueprint, abort, redirect, request, url_for

bp = Blueprint("links", __name__)

ALLOWED_REDIRECT_HOSTS = {"portal.example.com", "docs.example.com"}
PARTNER_HOSTS = {"api.partner-a.example", "api.partner-b.example"}


@bp.get("/out")
def out():
    target = request.args.get("url")
    if not target:
        target = "/"
    # expect: open-redirect
    return redirect(target)


@bp.get("/out-checked")
def out_checked():
    target = request.args.get("url", "/")
    host = urlparse(target).netloc
    if host and host not in ALLOWED_REDIRECT_HOSTS:
        abort(400)
    return redirect(target)


@bp.get("/back")
def back():
    return redirect(url_for("pages.hello", name=request.args.get("name", "")))


@bp.post("/fetch")
def fetch():
    url = request.form.get("url", "")
    # expect: ssrf
    resp = requests.get(url, timeout=5)
    return {"status": resp.status_code}


@bp.post("/fetch-partner")
def fetch_partner():
    url = request.form.get("url", "")
    if urlparse(url).hostname not in PARTNER_HOSTS:
        abort(400)
    return {"status": requests.get(url, timeout=5).status_code}


def _is_public(host: str) -> bool:
    try:
        addr = ipaddress.ip_address(socket.gethostbyname(host))
    except (OSError, ValueError):
        return False
    return not (addr.is_private or addr.is_loopback or addr.is_link_local)


@bp.post("/webhook-test")
def webhook_test():
    data = request.get_json(force=True)
    endpoint = data.get("endpoint", "")
    if not endpoint.startswith("https://"):
        abort(400)
    # expect: ssrf
    resp = requests.post(endpoint, json={"ping": True}, timeout=5)
    return {"status": resp.status_code}


@bp.post("/webhook-test-public")
def webhook_test_public():
    endpoint = request.get_json(force=True).get("endpoint", "")
    parsed = urlparse(endpoint)
    if parsed.scheme != "https" or not parsed.hostname or not _is_public(parsed.hostname):
        abort(400)
    return {"status": requests.post(endpoint, json={"ping": True}, timeout=5).status_code}
