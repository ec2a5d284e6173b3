"""Status proxy: fetches health pages of regional backends for the ops dashboard."""
import logging

import requests
from flask import Flask, abort, jsonify, request

log = logging.getLogger(__name__)
app = Flask(__name__)

REGION_HOSTS = {"eu": "eu.status.example.com", "us": "us.status.example.com"}
TIMEOUT = 5


@app.route("/proxy/status")
def proxy_status():
    # expect: ssrf
    url = "https://%s/api/health" % request.args["host"]
    resp = requests.get(url, timeout=TIMEOUT)
    return jsonify(status=resp.status_code)


@app.route("/proxy/<backend>/metrics")
def proxy_metrics(backend):
    # expect: ssrf
    resp = requests.get(f"http://{backend}:9100/metrics", timeout=TIMEOUT)
    return resp.text, resp.status_code


@app.route("/proxy/forward", methods=["POST"])
def proxy_forward():
    target = request.headers.get("X-Forward-Host", "")
    # expect: ssrf
    resp = requests.post("https://" + target + "/ingest", json=request.get_json(), timeout=TIMEOUT)
    return jsonify(ok=resp.ok)


@app.route("/regions/<region>/health")
def region_health(region):
    host = REGION_HOSTS.get(region)
    if host is None:
        abort(404)
    resp = requests.get("https://{}/api/health".format(host), timeout=TIMEOUT)
    return jsonify(region=region, status=resp.status_code)


@app.route("/users/<int:user_id>/profile")
def user_profile(user_id):
    resp = requests.get(f"https://api.example.com/users/{user_id}", timeout=TIMEOUT)
    return jsonify(resp.json())


@app.route("/search")
def search():
    term = request.args.get("q", "")
    resp = requests.get("https://search.example.com/q", params={"term": term}, timeout=TIMEOUT)
    log.info("search %r -> %s", term, resp.status_code)
    return jsonify(resp.json())
