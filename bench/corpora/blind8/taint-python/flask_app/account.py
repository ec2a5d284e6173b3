# library: Flask (session, cookies)
"""Account preferences and profile pages."""
import pickle
import random
import secrets
from base64 import b64decode

import yaml
from flask import Blueprint, jsonify, make_response, request, session

bp = Blueprint("account", __name__, url_prefix="/account")
THEMES = {"light", "dark", "contrast"}


@bp.post("/theme")
def theme():
    choice = request.form.get("theme", "light")
    session["theme"] = choice if choice in THEMES else "light"
    return "", 204


@bp.post("/prefs/import")
def import_prefs():
    blob = request.form["prefs"]
    # expect: deserialization
    prefs = pickle.loads(b64decode(blob))
    session["prefs"] = {k: str(v) for k, v in prefs.items()}
    return jsonify(ok=True)


@bp.post("/prefs/import-yaml")
def import_prefs_yaml():
    prefs = yaml.safe_load(request.get_data(as_text=True)) or {}
    return jsonify(keys=sorted(prefs))


@bp.post("/prefs/import-yaml-legacy")
def import_prefs_yaml_legacy():
    # expect: deserialization
    prefs = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    return jsonify(keys=sorted(prefs))


@bp.post("/device")
def register_device():
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("device_id", secrets.token_urlsafe(24), secure=True, httponly=True, samesite="Lax")
    return resp


@bp.post("/device-legacy")
def register_device_legacy():
    resp = make_response(jsonify(ok=True))
    # expect: insecure-random
    resp.set_cookie("device_id", str(random.randint(10**9, 10**10)), secure=True, httponly=True)
    return resp


@bp.get("/ab")
def ab_bucket():
    bucket = random.choice(["a", "b"])
    return jsonify(bucket=bucket)
