"""Chat-ops bot: maps slash commands from the chat webhook to handler functions."""
import hmac
import json
import os
from hashlib import sha256

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
SIGNING_SECRET = os.environ["CHATOPS_SIGNING_SECRET"].encode()
__version__ = "3.4.1"


def handle_status(args):
    return "all systems nominal"


def handle_deploy(args):
    return f"deploy of {args[:1]} queued"


def handle_help(args):
    return "commands: status, deploy, help"


HANDLERS = {"status": handle_status, "deploy": handle_deploy, "help": handle_help}


def _verify(req):
    expected = hmac.new(SIGNING_SECRET, req.get_data(), sha256).hexdigest()
    if not hmac.compare_digest(expected, req.headers.get("X-Signature", "")):
        abort(401)


@app.route("/slash", methods=["POST"])
def slash():
    _verify(request)
    data = request.get_json()
    handler = HANDLERS.get(data["command"])
    if handler is None:
        return jsonify(text="unknown command"), 400
    return jsonify(text=handler(data.get("args", [])))


@app.route("/slash/v1", methods=["POST"])
def slash_v1():
    """Old endpoint kept for the desktop plugin; it has no signature header."""
    command = request.form["command"]
    # expect: code-injection
    func = globals()["handle_" + command]
    return jsonify(text=func(request.form.get("args", "").split()))


@app.route("/slash/v0", methods=["POST"])
def slash_v0():
    payload = json.loads(request.get_data())
    # expect: code-injection
    target = globals().get(payload["fn"])
    return jsonify(text=target(payload.get("args", [])) if callable(target) else "no such function")


@app.route("/version")
def version():
    return jsonify(version=globals()["__version__"], handlers=sorted(HANDLERS))


def register(name, func):
    HANDLERS[name] = func
    globals()["handle_" + name] = func
