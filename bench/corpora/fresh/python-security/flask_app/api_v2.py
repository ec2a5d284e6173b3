from functools import wraps
import os
import subprocess

import jwt
import yaml
from flask import Blueprint, Response, current_app, jsonify, request
from flask import redirect as flask_redirect, render_template_string as rts, send_file as sf
from sqlalchemy import text

from .db import db

api = Blueprint("api_v2", __name__)
PUBLIC_KEY = open(os.environ.get("JWT_PUBKEY", "/etc/app/jwt.pub")).read()


def auth_required(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        token = request.headers.get("Authorization", "")[7:]
        # expect: jwt-no-verify
        request.claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_signature": False})
        return fn(*args, **kwargs)
    return wrapper


def auth_required_ok(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        token = request.headers.get("Authorization", "")[7:]
        request.claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="api")
        return fn(*args, **kwargs)
    return wrapper


@api.route("/widgets")
@auth_required_ok
def widgets():
    color = request.args.get("color")
    # expect: sql-injection
    rows = db.session.execute(text("SELECT * FROM widgets WHERE color = '{}'".format(color))).mappings().all()
    return jsonify([dict(r) for r in rows])


@api.route("/widgets/<int:wid>")
def widget(wid):
    row = db.session.execute(text("SELECT * FROM widgets WHERE id = :id"), {"id": wid}).mappings().first()
    return jsonify(dict(row) if row else {})


@api.route("/import", methods=["POST"])
@auth_required
def import_widgets():
    # expect: deserialization
    spec = yaml.load(request.data, Loader=yaml.UnsafeLoader)
    return jsonify(count=len(spec.get("widgets", [])))


@api.route("/import-safe", methods=["POST"])
def import_safe():
    spec = yaml.safe_load(request.data)
    return jsonify(count=len(spec.get("widgets", [])))


@api.route("/card")
def card():
    title = request.args.get("title", "")
    # expect: code-injection
    return rts("<div class='card'><h3>" + title + "</h3></div>")


@api.route("/card-ok")
def card_ok():
    return rts("<div class='card'><h3>{{ t }}</h3></div>", t=request.args.get("title", ""))


@api.route("/dl")
def dl():
    # expect: path-traversal
    return sf(os.path.join(current_app.config["EXPORT_DIR"], request.args["f"]))


@api.route("/sso/return")
def sso_return():
    # expect: open-redirect
    return flask_redirect(request.form.get("RelayState") or request.args.get("RelayState", "/"))


@api.route("/git/log")
def git_log():
    branch = request.args.get("branch", "main")
    # expect: command-injection
    out = subprocess.check_output("git log --oneline -20 " + branch, shell=True, cwd="/srv/repo")
    return Response(out, mimetype="text/plain")


@api.route("/git/log-ok")
def git_log_ok():
    branch = request.args.get("branch", "main")
    out = subprocess.check_output(["git", "log", "--oneline", "-20", "--end-of-options", branch], cwd="/srv/repo")
    return Response(out, mimetype="text/plain")
