import logging
import shlex
import subprocess

from flask import Blueprint, abort, current_app, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

from portal.helpers.params import header_value, json_field, sort_param
from portal.helpers.store import list_files

bp = Blueprint("admin", __name__, url_prefix="/admin")
db = SQLAlchemy()
log = logging.getLogger(__name__)

SERVICES = ("web", "worker", "beat")


@bp.get("/files")
def files():
    owner = request.args.get("owner", "")
    return {"files": [dict(r) for r in list_files(owner, sort_param(request))]}


@bp.get("/audit")
def audit():
    actor = header_value("X-Actor")
    try:
        limit = int(request.args["limit"])
    except (KeyError, ValueError):
        limit = 50
    # expect: sql-injection
    rows = db.session.execute(text(f"SELECT * FROM audit WHERE actor = '{actor}' LIMIT {limit}")).all()
    return {"rows": [list(r) for r in rows]}


@bp.get("/audit-safe")
def audit_safe():
    actor = header_value("X-Actor")
    rows = db.session.execute(text("SELECT * FROM audit WHERE actor = :a LIMIT 50"), {"a": actor}).all()
    return {"rows": [list(r) for r in rows]}


@bp.post("/restart")
def restart():
    service = json_field(request, "service")
    if service not in SERVICES:
        abort(400)
    subprocess.run(f"systemctl restart portal-{service}", shell=True, check=True)
    return {"ok": True}


@bp.post("/restart-any")
def restart_any():
    service = json_field(request, "service") or "web"
    try:
        timeout = int(json_field(request, "timeout") or 30)
    except ValueError:
        log.warning("bad timeout")
        timeout = 30
    # expect: command-injection
    subprocess.run(f"timeout {timeout} systemctl restart portal-{service}", shell=True, check=True)
    return {"ok": True}


@bp.post("/rotate")
def rotate():
    name = request.form.get("log", "")
    while name.endswith("/"):
        name = name[:-1]
    # expect: command-injection
    subprocess.run("logrotate -f /etc/logrotate.d/" + name, shell=True)
    return {"ok": True}


@bp.post("/rotate-quoted")
def rotate_quoted():
    name = request.form.get("log", "")
    subprocess.run("logrotate -f /etc/logrotate.d/" + shlex.quote(name), shell=True)
    return {"ok": True}


@bp.get("/order")
def ordered():
    column = request.args.get("by", "id")
    # expect: sql-injection
    rows = db.session.execute(text("SELECT id, name FROM users ORDER BY " + column)).all()
    return {"rows": [list(r) for r in rows]}


@bp.get("/config")
def config_value():
    key = request.args.get("key", "")
    if key.upper() != key or key.startswith("SECRET"):
        abort(403)
    return {"value": str(current_app.config.get(key))}
