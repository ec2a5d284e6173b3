"""Import and export saved analysis sessions."""
import base64
import json
import pickle

import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sessions/import", methods=["POST"])
def import_session():
    # expect: deserialization
    state = pickle.loads(request.files["session"].read())
    return jsonify(keys=sorted(state))


@app.route("/sessions/restore", methods=["POST"])
def restore_session():
    blob = base64.b64decode(request.form["blob"])
    # expect: deserialization
    state = pickle.loads(blob)
    return jsonify(restored=len(state))


@app.route("/sessions/config", methods=["POST"])
def import_config():
    # expect: deserialization
    cfg = yaml.load(request.data, Loader=yaml.Loader)
    return jsonify(cfg)


@app.route("/sessions/config-safe", methods=["POST"])
def import_config_safe():
    return jsonify(yaml.safe_load(request.data))


@app.route("/sessions/export")
def export_session():
    state = app.config["SESSION_STORE"].current()
    return pickle.dumps(state), 200, {"Content-Type": "application/octet-stream"}


@app.route("/sessions/import-json", methods=["POST"])
def import_json():
    return jsonify(json.loads(request.data))
