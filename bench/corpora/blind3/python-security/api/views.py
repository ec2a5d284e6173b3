"""Blueprint for file downloads and webhooks."""

from __future__ import annotations

import hmac
import hashlib
import io
import os
import subprocess

import requests
from flask import Blueprint, abort, current_app, redirect, request, send_file, send_from_directory, url_for
from werkzeug.utils import secure_filename

bp = Blueprint("files", __name__)
UPLOAD_DIR = "/srv/uploads"


@bp.get("/files/<path:name>")
def download(name):
    return send_from_directory(UPLOAD_DIR, name)


@bp.get("/raw")
def raw():
    # expect: path-traversal
    return send_file(os.path.join(UPLOAD_DIR, request.args["f"]))


@bp.post("/upload")
def upload():
    f = request.files["file"]
    name = secure_filename(f.filename or "upload.bin")
    f.save(os.path.join(UPLOAD_DIR, name))
    return {"name": name}


@bp.get("/export")
def export():
    buf = io.BytesIO(b"id,name\n1,alpha\n")
    return send_file(buf, mimetype="text/csv", download_name="export.csv")


@bp.post("/hooks/build")
def build_hook():
    sig = request.headers.get("X-Signature", "")
    mac = hmac.new(current_app.config["HOOK_SECRET"].encode(), request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, mac):
        abort(403)
    branch = request.json["branch"]
    # expect: command-injection
    subprocess.Popen("git fetch origin && git checkout " + branch, shell=True, cwd="/srv/build")
    return {"queued": True}


@bp.get("/avatar")
def avatar():
    url = request.args.get("url", "")
    # expect: ssrf
    r = requests.get(url, timeout=5)
    return r.content, 200, {"Content-Type": r.headers.get("Content-Type", "image/png")}


@bp.get("/status")
def status():
    # expect: no-timeout
    r = requests.get("https://status.acme.example/api/v2/summary.json")
    return r.json()


@bp.get("/login/done")
def login_done():
    nxt = request.args.get("next", "")
    if not nxt.startswith("/") or nxt.startswith("//"):
        nxt = url_for("files.download", name="index.html")
    return redirect(nxt)
