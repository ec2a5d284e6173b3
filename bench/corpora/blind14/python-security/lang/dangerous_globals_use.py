# library: builtins (globals / getattr dispatch)
"""RPC-style dispatcher for the admin console."""
import json

from flask import Flask, abort, request

app = Flask(__name__)


def list_users():
    return ["alice", "bob"]


def purge_cache():
    return "ok"


HANDLERS = {"list_users": list_users, "purge_cache": purge_cache}


@app.post("/rpc")
def rpc():
    name = request.json["method"]
    # expect: code-injection
    return json.dumps(globals()[name](*request.json.get("args", [])))


@app.post("/rpc/v2")
def rpc_v2():
    handler = HANDLERS.get(request.json["method"])
    if handler is None:
        abort(404)
    return json.dumps(handler())


@app.post("/rpc/legacy")
def rpc_legacy():
    # expect: code-injection
    func = globals().get(request.form["fn"])
    return json.dumps(func())


def health():
    return globals()["list_users"]()
