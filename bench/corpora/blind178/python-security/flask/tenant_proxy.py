"""Proxy endpoints the dashboard uses to reach each tenant's metrics exporter."""
import os

import requests
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("tenant_proxy", __name__)

BASE_DOMAIN = os.environ.get("TENANT_BASE_DOMAIN", "tenants.internal.example")
EXPORTERS = {"db": "db-exporter.internal.example:9187", "queue": "mq-exporter.internal.example:9419"}
API = "https://api.internal.example"


@bp.route("/proxy/<tenant>/status")
def tenant_status(tenant):
    # expect: ssrf
    resp = requests.get(f"https://{tenant}.{BASE_DOMAIN}/status", timeout=5)
    return jsonify(resp.json()), resp.status_code


@bp.route("/proxy/node-metrics")
def node_metrics():
    node = request.args.get("node", "")
    # expect: ssrf
    url = "http://" + node + ":9100/metrics"
    resp = requests.get(url, timeout=5)
    return resp.text, resp.status_code, {"Content-Type": "text/plain"}


@bp.route("/proxy/exporter/<name>")
def exporter(name):
    target = EXPORTERS.get(name)
    if target is None:
        abort(404)
    resp = requests.get(f"http://{target}/metrics", timeout=5)
    return resp.text, resp.status_code, {"Content-Type": "text/plain"}


@bp.route("/proxy/users/<int:user_id>")
def user_card(user_id):
    resp = requests.get(f"{API}/users/{user_id}", timeout=5)
    return jsonify(resp.json()), resp.status_code


@bp.route("/proxy/search")
def search():
    resp = requests.get(API + "/search", params={"q": request.args.get("q", "")}, timeout=5)
    return jsonify(resp.json()), resp.status_code
