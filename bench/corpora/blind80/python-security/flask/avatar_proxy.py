"""Fetch avatars and link previews on behalf of the browser."""
import requests
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("proxy", __name__)
ALLOWED_CDNS = {"cdn.gravatar.example", "avatars.example-cdn.net"}


@bp.route("/avatar")
def avatar():
    host = request.args.get("host", "cdn.gravatar.example")
    # expect: ssrf
    url = "https://%s/avatar/%s" % (host, request.args.get("hash", ""))
    resp = requests.get(url, timeout=5)
    return resp.content, resp.status_code, {"Content-Type": resp.headers.get("Content-Type", "image/png")}


@bp.route("/preview/<path:domain>")
def preview(domain):
    # expect: ssrf
    resp = requests.get(f"https://{domain}/.well-known/preview.json", timeout=5)
    return jsonify(resp.json())


@bp.route("/status")
def status():
    region = request.args.get("region", "eu")
    # expect: ssrf
    target = "http://" + region + ".status.internal.example/health"
    return jsonify(requests.get(target, timeout=3).json())


@bp.route("/webhook-test", methods=["POST"])
def webhook_test():
    data = request.get_json()
    # expect: ssrf
    url = "https://{}:{}/hooks/test".format(data["host"], data.get("port", 443))
    return jsonify(code=requests.post(url, json={"ping": True}, timeout=5).status_code)


@bp.route("/cdn-avatar")
def cdn_avatar():
    host = request.args.get("host", "")
    if host not in ALLOWED_CDNS:
        abort(400)
    resp = requests.get(f"https://{host}/avatar/{request.args.get('hash', '')}", timeout=5)
    return resp.content


@bp.route("/gravatar/<email_hash>")
def gravatar(email_hash):
    resp = requests.get(f"https://cdn.gravatar.example/avatar/{email_hash}?s=80", timeout=5)
    return resp.content
