"""Routes that fetch remote resources on behalf of the browser."""
import requests
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("proxy", __name__, url_prefix="/proxy")

REGION_HOSTS = {
    "eu": "eu.api.example.com",
    "us": "us.api.example.com",
}


@bp.route("/avatar")
def avatar():
    # expect: ssrf
    resp = requests.get("http://%s/avatar.png" % request.args["cdn"], timeout=5)
    return resp.content, resp.status_code, {"Content-Type": "image/png"}


@bp.route("/status/<region>")
def region_status(region):
    host = REGION_HOSTS.get(region)
    if host is None:
        abort(404)
    resp = requests.get(f"https://{host}/health", timeout=3)
    return jsonify(resp.json())


@bp.route("/tenant/<tenant>/ping")
def tenant_ping(tenant):
    # expect: ssrf
    resp = requests.get(f"https://{tenant}/internal/ping", timeout=3)
    return jsonify(ok=resp.ok)


@bp.route("/upstream")
def upstream():
    upstream_host = request.headers.get("X-Upstream-Host", "")
    # expect: ssrf
    resp = requests.get("https://" + upstream_host + "/v1/config", timeout=5)
    return jsonify(resp.json())


@bp.route("/feed")
def feed():
    params = request.get_json(silent=True) or {}
    # expect: ssrf
    target = "https://{}:{}/feed.xml".format(params.get("host"), params.get("port", 443))
    resp = requests.get(target, timeout=5)
    return resp.text


@bp.route("/webhook-test", methods=["POST"])
def webhook_test():
    url = "https://"
    # expect: ssrf
    url += request.form["domain"]
    resp = requests.post(url + "/hooks/test", json={"ping": True}, timeout=5)
    return jsonify(status=resp.status_code)


@bp.route("/user/<int:user_id>/gravatar")
def gravatar(user_id):
    resp = requests.get(f"https://api.example.com/users/{user_id}/gravatar", timeout=5)
    return resp.content
