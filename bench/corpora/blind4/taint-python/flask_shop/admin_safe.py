"""Admin views; every handler here is safe (parameterised, cast, allow-listed or constant)."""
from __future__ import annotations

import os
import shlex
import sqlite3
import subprocess

from flask import Blueprint, abort, current_app, jsonify, redirect, request, send_from_directory, url_for
from markupsafe import escape

admin = Blueprint("admin", __name__, url_prefix="/admin")
REPORT_TYPES = {"daily": "daily.sql", "weekly": "weekly.sql"}
EXPORTS = "/srv/shop/exports"


def db() -> sqlite3.Connection:
    return sqlite3.connect(current_app.config["DB_PATH"])


@admin.get("/users")
def users():
    role = request.args.get("role", "customer")
    rows = db().execute("SELECT id, email FROM users WHERE role = ?", (role,)).fetchall()
    return jsonify(rows)


@admin.get("/users/<int:user_id>/orders")
def user_orders(user_id: int):
    rows = db().execute(f"SELECT id, total FROM orders WHERE user_id = {user_id}").fetchall()
    return jsonify(rows)


@admin.get("/report")
def report():
    kind = request.args.get("kind", "daily")
    if kind not in REPORT_TYPES:
        abort(400)
    with open(os.path.join(current_app.root_path, "sql", REPORT_TYPES[kind])) as fh:
        sql = fh.read()
    return jsonify(db().execute(sql).fetchall())


@admin.get("/stats")
def stats():
    table = "orders"
    sql = "SELECT COUNT(*) FROM " + table
    return jsonify(db().execute(sql).fetchone())


@admin.get("/exports/<path:name>")
def exports(name):
    return send_from_directory(EXPORTS, name)


@admin.post("/reindex")
def reindex():
    index = request.form.get("index", "products")
    subprocess.run("/opt/search/bin/reindex " + shlex.quote(index), shell=True, check=True)
    return jsonify(ok=True)


@admin.post("/warm-cache")
def warm_cache():
    limit = int(request.form.get("limit", "100"))
    subprocess.run(["/opt/shop/bin/warm", "--limit", str(limit)], check=True)
    return jsonify(ok=True)


@admin.get("/back")
def back():
    return redirect(url_for("admin.users"))


@admin.get("/say")
def say():
    return f"<p>{escape(request.args.get('msg', ''))}</p>"


@admin.get("/count")
def count():
    limit = request.args.get("limit", type=int, default=10)
    rows = db().execute("SELECT id FROM orders ORDER BY id DESC LIMIT %d" % limit).fetchall()
    return jsonify(rows)
