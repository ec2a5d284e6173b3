"""Notebook kernel state service: saves and restores session variables."""
import base64
import json
import pickle
import shelve

import dill
import yaml
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
STATE_DB = "/var/lib/nbstate/sessions"


@app.route("/sessions/<sid>/restore", methods=["POST"])
def restore_session(sid):
    blob = base64.b64decode(request.get_data())
    # expect: deserialization
    namespace = pickle.loads(blob)
    return jsonify(sid=sid, names=sorted(namespace))


@app.route("/sessions/<sid>/import", methods=["POST"])
def import_closure(sid):
    upload = request.files["state"]
    # expect: deserialization
    state = dill.load(upload.stream)
    return jsonify(sid=sid, kind=type(state).__name__)


@app.route("/sessions/<sid>/config", methods=["PUT"])
def put_config(sid):
    # expect: deserialization
    cfg = yaml.load(request.data, Loader=yaml.Loader)
    with shelve.open(STATE_DB) as db:
        db[sid + ":config"] = cfg
    return jsonify(ok=True)


@app.route("/sessions/<sid>/lookup")
def lookup(sid):
    key = request.args.get("key", "")
    # expect: deserialization
    with shelve.open(request.args.get("db", STATE_DB)) as db:
        value = db.get(f"{sid}:{key}")
    return jsonify(value=repr(value))


@app.route("/sessions/<sid>/settings", methods=["PUT"])
def put_settings(sid):
    settings = yaml.safe_load(request.data)
    return jsonify(sid=sid, settings=settings)


@app.route("/sessions/<sid>/export")
def export_session(sid):
    vars_ = json.loads(request.args.get("vars", "[]"))
    if not isinstance(vars_, list):
        abort(400)
    payload = base64.b64encode(pickle.dumps({name: None for name in vars_})).decode()
    return jsonify(sid=sid, payload=payload)
