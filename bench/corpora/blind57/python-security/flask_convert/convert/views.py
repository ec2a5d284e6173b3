import base64
import json
import pickle
import uuid

from flask import Blueprint, abort, current_app, jsonify, make_response, request
from werkzeug.utils import secure_filename

from . import tasks

bp = Blueprint("convert", __name__)


def _store_upload():
    upload = request.files.get("document")
    if upload is None or not upload.filename:
        abort(400, "document is required")
    stored = f"{uuid.uuid4().hex}-{secure_filename(upload.filename)}"
    upload.save(f"{current_app.config['UPLOAD_DIR']}/{stored}")
    return stored


@bp.post("/convert")
def convert():
    stored = _store_upload()
    target = request.form.get("to", "pdf")
    job = tasks.convert_document.delay(stored, target)
    tasks.thumbnail.delay(stored, request.form.get("thumb", "256"))
    return jsonify({"job": job.id}), 202


@bp.post("/convert/v2")
def convert_v2():
    stored = _store_upload()
    job = tasks.convert_document_safe.delay(stored, request.form.get("to", "pdf"))
    return jsonify({"job": job.id}), 202


def _load_prefs_legacy():
    raw = request.cookies.get("prefs")
    if not raw:
        return {}
    # expect: deserialization
    return pickle.loads(base64.urlsafe_b64decode(raw))


def _load_prefs():
    raw = request.cookies.get("prefs_v2", "")
    try:
        prefs = json.loads(base64.urlsafe_b64decode(raw) or b"{}")
    except ValueError:
        prefs = {}
    return prefs if isinstance(prefs, dict) else {}


@bp.get("/prefs")
def prefs():
    if request.args.get("legacy"):
        return jsonify(_load_prefs_legacy())
    return jsonify(_load_prefs())


@bp.post("/prefs")
def save_prefs():
    prefs = {"to": request.form.get("to", "pdf"), "thumb": request.form.get("thumb", "256")}
    resp = make_response(jsonify(prefs))
    resp.set_cookie("prefs_v2", base64.urlsafe_b64encode(json.dumps(prefs).encode()).decode(), httponly=True, secure=True, samesite="Lax")
    return resp
