"""Proxy endpoints that talk to per-tenant and per-node services."""
from urllib.parse import quote

import requests
from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("upstream", __name__)

REGION_HOSTS = {"eu": "eu.api.example.com", "us": "us.api.example.com"}


@bp.route("/status")
def status():
    # expect: ssrf
    url = "https://%s/status" % request.args["host"]
    return jsonify(requests.get(url, timeout=5).json())


@bp.route("/metrics")
def metrics():
    port = 9100
    # expect: ssrf
    target = "http://{}:{}/metrics".format(request.args.get("node"), port)
    return requests.get(target, timeout=5).text


@bp.route("/relay/<path:path>")
def relay(path):
    # expect: ssrf
    upstream = "https://" + request.headers.get("X-Upstream", "") + "/v1/" + path
    resp = requests.get(upstream, params=request.args, timeout=10)
    return resp.content, resp.status_code


@bp.route("/tenants/<tenant>/logo")
def tenant_logo(tenant):
    # expect: ssrf
    resp = requests.get(f"https://{tenant}.cdn.example.com/logo.png", timeout=5)
    return resp.content, 200, {"Content-Type": "image/png"}


@bp.route("/region/ping", methods=["POST"])
def region_ping():
    base = "https://"
    # expect: ssrf
    base += request.json["region_host"]
    return jsonify({"ok": requests.get(base + "/ping", timeout=3).ok})


@bp.route("/search")
def search():
    url = f"https://search.example.com/api?q={quote(request.args.get('q', ''))}"
    return jsonify(requests.get(url, timeout=5).json())


@bp.route("/region/status")
def region_status():
    region = request.args.get("region", "eu")
    if region not in REGION_HOSTS:
        abort(400)
    url = "https://%s/status" % REGION_HOSTS[region]
    return jsonify(requests.get(url, timeout=5).json())


@bp.route("/upstream/health")
def upstream_health():
    url = "https://%s/health" % current_app.config["UPSTREAM_HOST"]
    return jsonify(requests.get(url, timeout=5).json())
