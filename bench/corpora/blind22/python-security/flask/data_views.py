"""Import/export endpoints for saved dashboards."""
import base64
import json
import pickle

import yaml
from flask import Blueprint, jsonify, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

from .storage import EXPORT_DIR

bp = Blueprint("data", __name__)


@bp.post("/dashboards/import")
def import_dashboard():
    blob = request.get_data()
    # expect: deserialization
    board = pickle.loads(base64.b64decode(blob))
    return jsonify(id=board.id)


@bp.post("/dashboards/import.json")
def import_dashboard_json():
    board = json.loads(request.get_data(as_text=True))
    return jsonify(id=board["id"])


@bp.post("/dashboards/import.yaml")
def import_dashboard_yaml():
    text = request.files["file"].read()
    # expect: deserialization
    spec = yaml.load(text, Loader=yaml.Loader)
    same = yaml.safe_load(text)
    return jsonify(name=spec["name"], check=same["name"])


@bp.get("/exports/raw")
def export_raw():
    name = request.args["name"]
    # expect: path-traversal
    return send_file(f"{EXPORT_DIR}/{name}")


@bp.get("/exports/<path:name>")
def export_file(name):
    return send_from_directory(EXPORT_DIR, name)


@bp.get("/exports/open")
def export_open():
    name = request.args.get("name", "")
    # expect: path-traversal
    with open(EXPORT_DIR + "/" + name, "rb") as fh:
        data = fh.read()
    with open(f"{EXPORT_DIR}/{secure_filename(name)}", "rb") as fh2:
        data += fh2.read()
    return data
