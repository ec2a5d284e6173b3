"""Link previews and webhook tests for the chat app."""
from urllib.parse import urlparse

import requests
from flask import Blueprint, abort, jsonify, request
from requests import post as http_post

bp = Blueprint("links", __name__)
session = requests.Session()

PREVIEW_HOSTS = {"youtube": "https://www.youtube.com/oembed", "vimeo": "https://vimeo.com/api/oembed.json"}
ALLOWED_HOSTS = {"hooks.slack.com", "discord.com"}


@bp.route("/preview/<path:target>")
def preview(target):
    # expect: ssrf
    resp = requests.get(f"http://{target}", timeout=5)
    return jsonify(status=resp.status_code, length=len(resp.content))


@bp.route("/unfurl")
def unfurl():
    url = request.args.get("url", "")
    # expect: ssrf
    page = session.get(url, timeout=5, allow_redirects=True)
    return jsonify(title=page.text[:200])


@bp.route("/webhooks/test", methods=["POST"])
def test_webhook():
    data = request.get_json()
    endpoint = data["callback"]
    # expect: ssrf
    r = http_post(endpoint, json={"ping": True}, timeout=5)
    return jsonify(ok=r.ok)


@bp.route("/fetch", methods=["POST"])
def fetch():
    scheme = request.form.get("scheme", "https")
    host = request.form["host"]
    path = request.form.get("path", "/")
    target = "{}://{}{}".format(scheme, host, path)
    # expect: ssrf
    r = requests.request("GET", target, timeout=5)
    return r.text


@bp.route("/oembed/<provider>")
def oembed(provider):
    base = PREVIEW_HOSTS.get(provider)
    if base is None:
        abort(404)
    r = requests.get(base, params={"url": request.args.get("url"), "format": "json"}, timeout=5)
    return jsonify(r.json())


@bp.route("/notify", methods=["POST"])
def notify():
    url = request.form["hook"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        abort(400)
    r = requests.post(url, json={"text": "deployed"}, timeout=5, allow_redirects=False)
    return jsonify(ok=r.ok)
