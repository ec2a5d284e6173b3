"""Search over tickets: SQL built in several ways."""
from flask import Blueprint, jsonify, request

from .helpers import arg, query

bp = Blueprint("search", __name__)
SORTS = {"new": "created_at DESC", "old": "created_at ASC", "prio": "priority DESC"}


@bp.get("/tickets")
def tickets():
    status = arg("status")
    if not status:
        status = "open"
    # expect: sql-injection
    return jsonify(query(f"SELECT * FROM tickets WHERE status = '{status}'"))


@bp.get("/tickets/safe")
def tickets_safe():
    status = arg("status")
    if not status:
        status = "open"
    return jsonify(query("SELECT * FROM tickets WHERE status = ?", (status,)))


@bp.get("/tickets/sorted")
def tickets_sorted():
    order = SORTS.get(arg("sort"), SORTS["new"])
    return jsonify(query(f"SELECT * FROM tickets ORDER BY {order}"))


@bp.get("/tickets/sorted/raw")
def tickets_sorted_raw():
    order = arg("sort") or "created_at DESC"
    sql = "SELECT * FROM tickets"
    sql += f" ORDER BY {order}"
    # expect: sql-injection
    return jsonify(query(sql))


@bp.get("/tickets/by")
def tickets_by():
    field = request.args.get("field", "assignee")
    value = request.args.get("value", "")
    if field == "assignee":
        where = f"assignee = '{value}'"
    elif field == "team":
        where = f"team = '{value}'"
    else:
        where = "1 = 1"
    # expect: sql-injection
    return jsonify(query("SELECT * FROM tickets WHERE " + where))


@bp.get("/tickets/by/safe")
def tickets_by_safe():
    field = request.args.get("field", "assignee")
    column = {"assignee": "assignee", "team": "team"}.get(field)
    if column is None:
        return jsonify([])
    return jsonify(query(f"SELECT * FROM tickets WHERE {column} = ?", (request.args.get("value", ""),)))


@bp.get("/tickets/limit")
def tickets_limit():
    raw = arg("limit", "50")
    limit = int(raw) if raw.isdigit() else 50
    return jsonify(query(f"SELECT * FROM tickets LIMIT {min(limit, 500)}"))
