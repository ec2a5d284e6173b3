"""Receives build notifications from CI and posts them to the team channel."""
import hmac
import logging
import os
from hashlib import sha256

from flask import Flask, abort, request

from .chat import post_message

log = logging.getLogger(__name__)
app = Flask(__name__)
HOOK_SECRET = os.environ["CI_HOOK_SECRET"].encode()


def _signature_ok(body: bytes, header: str) -> bool:
    expected = hmac.new(HOOK_SECRET, body, sha256).hexdigest()
    return hmac.compare_digest(expected, header or "")


@app.post("/hooks/build")
def build_finished():
    if not _signature_ok(request.get_data(), request.headers.get("X-Signature", "")):
        abort(403)
    payload = request.get_json(force=True)
    status = payload.get("status", "unknown")
    post_message(f"Build {payload.get('number')} on {payload.get('branch')}: {status}")
    return "", 204


@app.get("/healthz")
def healthz():
    return "ok"


def main():
    logging.basicConfig(level=logging.INFO)
    app.run(host=os.environ.get("HOOKS_HOST", "127.0.0.1"), port=8081)


if __name__ == "__main__":
    app.run(port=8081)
