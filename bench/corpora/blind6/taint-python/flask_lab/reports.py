"""Report views: request data read through the helpers module."""
import sqlite3

from flask import Blueprint, jsonify, request

from .helpers.params import form_value, get_param, header_value, page_number, sort_column
from .helpers.shell import run_argv, run_shell

bp = Blueprint("reports", __name__)


def db():
    return sqlite3.connect("/srv/lab/reports.db")


@bp.get("/reports/search")
def search():
    term = get_param(request, "q")
    cur = db().cursor()
    # expect: sql-injection-via-helper
    cur.execute(f"SELECT id, title FROM reports WHERE title LIKE '%{term}%'")
    return jsonify(cur.fetchall())


@bp.get("/reports/search-safe")
def search_safe():
    term = get_param(request, "q")
    cur = db().cursor()
    cur.execute("SELECT id, title FROM reports WHERE title LIKE ?", (f"%{term}%",))
    return jsonify(cur.fetchall())


@bp.get("/reports/page")
def paged():
    offset = (page_number(request) - 1) * 20
    column = sort_column(request)
    cur = db().cursor()
    cur.execute(f"SELECT id, title FROM reports ORDER BY {column} LIMIT 20 OFFSET {offset}")
    return jsonify(cur.fetchall())


@bp.post("/reports/rename")
def rename():
    new_title = form_value("title")
    cur = db().cursor()
    # expect: sql-injection-via-helper
    cur.execute("UPDATE reports SET title = '" + new_title + "' WHERE id = 1")
    return "", 204


@bp.get("/reports/trace")
def trace():
    host = header_value(request, "X-Trace-Host")
    output = run_shell("traceroute -m 10 " + host)
    return jsonify({"output": output})


@bp.get("/reports/trace-safe")
def trace_safe():
    host = header_value(request, "X-Trace-Host") or "localhost"
    return jsonify({"output": run_argv(["traceroute", "-m", "10", "--", host])})


@bp.get("/reports/uptime")
def uptime():
    return jsonify({"output": run_shell("uptime")})
