"""Import endpoints of the lab-notebook service."""
import _pickle
import base64
import json
import pickle
import shelve

import dill
import yaml
from flask import jsonify, request

from .factory import app
from .store import save_notebook


@app.route("/api/notebooks/import", methods=["POST"])
def import_notebook():
    # expect: deserialization
    notebook = pickle.loads(request.get_data())
    save_notebook(notebook)
    return jsonify(id=notebook.id), 201


@app.route("/api/pipelines/import", methods=["POST"])
def import_pipeline():
    upload = request.files["pipeline"]
    # expect: deserialization
    spec = yaml.load(upload.stream, Loader=yaml.Loader)
    return jsonify(steps=len(spec["steps"]))


@app.route("/api/functions/restore", methods=["POST"])
def restore_function():
    # expect: deserialization
    fn = dill.loads(request.files["blob"].read())
    return jsonify(name=fn.__name__)


@app.route("/api/preferences")
def preferences():
    raw = request.cookies.get("prefs")
    if not raw:
        return jsonify({})
    # expect: deserialization
    prefs = _pickle.loads(base64.b64decode(raw))
    return jsonify(prefs)


@app.route("/api/workspaces/<int:ws_id>/keys")
def workspace_keys(ws_id):
    with shelve.open(f"/var/lib/notebooks/workspaces/{ws_id}.db", flag="r") as ws:
        return jsonify(keys=list(ws.keys()))


@app.route("/api/pipelines/validate", methods=["POST"])
def validate_pipeline():
    spec = yaml.safe_load(request.get_data(as_text=True))
    return jsonify(ok="steps" in spec)


@app.route("/api/notebooks/export/<int:nb_id>")
def export_notebook(nb_id):
    payload = {"id": nb_id, "cells": []}
    return app.response_class(pickle.dumps(payload), mimetype="application/octet-stream")


@app.route("/api/settings", methods=["PUT"])
def put_settings():
    settings = json.loads(request.get_data())
    return jsonify(saved=sorted(settings))
