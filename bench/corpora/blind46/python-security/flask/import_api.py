"""Import endpoints of the legacy desktop client."""
import _pickle
import base64
import json
import pickle
import shelve

import dill
import yaml
from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/api/import/session", methods=["POST"])
def import_session():
    # expect: insecure-deserialization
    data = pickle.loads(request.get_data())
    return jsonify(keys=sorted(data))


@app.route("/api/import/config", methods=["POST"])
def import_config():
    # expect: insecure-deserialization
    cfg = yaml.load(request.data, Loader=yaml.Loader)
    return jsonify(cfg)


@app.route("/api/import/model", methods=["POST"])
def import_model():
    blob = base64.b64decode(request.form["model"])
    # expect: insecure-deserialization
    model = dill.loads(blob)
    return jsonify(name=getattr(model, "name", "?"))


@app.route("/api/import/fast", methods=["POST"])
def import_fast():
    # expect: insecure-deserialization
    return jsonify(_pickle.loads(request.files["state"].read()))


@app.route("/api/import/db")
def import_db():
    # expect: insecure-deserialization
    with shelve.open(request.args["path"]) as db:
        return jsonify(list(db.keys()))


@app.route("/api/import/settings", methods=["POST"])
def import_settings():
    cfg = yaml.safe_load(request.data)
    if not isinstance(cfg, dict):
        abort(400)
    return jsonify(cfg)


@app.route("/api/import/json", methods=["POST"])
def import_json():
    return jsonify(json.loads(request.data))


@app.route("/api/export/session")
def export_session():
    return pickle.dumps({"version": 3}), 200, {"Content-Type": "application/octet-stream"}
