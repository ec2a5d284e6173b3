"""Admin-only maintenance endpoints of the portal."""
import subprocess
from pathlib import Path

from flask import Blueprint, abort, redirect, request, session, url_for

from .helpers import arg, db, json_field

bp = Blueprint("admin", __name__, url_prefix="/admin")
TABLES = ["tickets", "users", "attachments"]


@bp.before_request
def require_admin():
    if not session.get("is_admin"):
        abort(403)


@bp.post("/vacuum")
def vacuum():
    names = [json_field("table") or "tickets", "audit_log"]
    conn = db()
    for name in names:
        # expect: sql-injection
        conn.execute(f"DELETE FROM {name} WHERE archived = 1")
    conn.commit()
    return {"ok": True}


@bp.post("/vacuum/safe")
def vacuum_safe():
    wanted = json_field("table") or "tickets"
    conn = db()
    for name in [t for t in TABLES if t == wanted]:
        conn.execute(f"DELETE FROM {name} WHERE archived = 1")
    conn.commit()
    return {"ok": True}


@bp.post("/rotate-logs")
def rotate_logs():
    keep = arg("keep", "7")
    days = keep if keep.isdigit() else "7"
    subprocess.run(f"find /var/log/portal -name '*.gz' -mtime +{days} -delete", shell=True, check=True)
    return {"ok": True}


@bp.post("/rotate-logs/raw")
def rotate_logs_raw():
    keep = arg("keep")
    if not keep:
        keep = "7"
    # expect: command-injection
    subprocess.run(f"find /var/log/portal -name '*.gz' -mtime +{keep} -delete", shell=True, check=True)
    return {"ok": True}


@bp.get("/log/<path:name>")
def read_log(name):
    base = Path("/var/log/portal")
    # expect: path-traversal
    return (base / name).read_text(errors="replace"), 200, {"Content-Type": "text/plain"}


@bp.get("/back")
def back():
    target = request.args.get("next") or url_for("search.tickets")
    # expect: open-redirect
    return redirect(target)


@bp.get("/back/safe")
def back_safe():
    target = request.args.get("next", "")
    return redirect(target if target in {"/tickets", "/admin/log/app.log"} else url_for("search.tickets"))
