"""Serves predictions from uploaded scikit-learn models."""
import io
import json
import pickle

import yaml
from flask import Flask, abort, jsonify, request

from .storage import load_model_bytes, save_model_bytes

app = Flask(__name__)
_models = {}


@app.route("/models/<name>", methods=["PUT"])
def upload_model(name):
    blob = request.get_data()
    # expect: deserialization
    model = pickle.loads(blob)
    _models[name] = model
    save_model_bytes(name, pickle.dumps(model))
    return jsonify({"stored": name})


@app.route("/models/<name>/predict", methods=["POST"])
def predict(name):
    model = _models.get(name)
    if model is None:
        abort(404)
    rows = json.loads(request.get_data())["rows"]
    return jsonify({"predictions": model.predict(rows).tolist()})


@app.route("/pipelines", methods=["POST"])
def create_pipeline():
    # expect: deserialization
    spec = yaml.load(request.get_data(), Loader=yaml.Loader)
    return jsonify({"steps": [s["name"] for s in spec["steps"]]})


@app.route("/pipelines/validate", methods=["POST"])
def validate_pipeline():
    spec = yaml.safe_load(request.get_data())
    return jsonify({"ok": isinstance(spec, dict) and "steps" in spec})


@app.route("/models/<name>/export")
def export_model(name):
    buf = io.BytesIO()
    pickle.dump(_models[name], buf)
    return buf.getvalue(), 200, {"Content-Type": "application/octet-stream"}


def warm_cache(names):
    for name in names:
        _models[name] = pickle.loads(load_model_bytes(name))
