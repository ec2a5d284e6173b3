# library: flask + sqlite3 (report export with defaults and helpers)
import sqlite3

from flask import Blueprint, g, jsonify, request

bp = Blueprint("reports", __name__)
SORTABLE = {"date": "created_at", "total": "total", "customer": "customer_name"}


def _db():
    if "db" not in g:
        g.db = sqlite3.connect("shop.db")
    return g.db


def _where(filters: dict) -> str:
    parts = [f"{col} = '{val}'" for col, val in filters.items()]
    return " AND ".join(parts) or "1=1"


@bp.get("/reports/orders")
def orders_report():
    status = request.args.get("status")
    if not status:
        status = "paid"
    filters = {"status": status, "region": request.args.get("region", "EU")}
    clause = _where(filters)
    # expect: sql-injection
    rows = _db().execute(f"SELECT id, total FROM orders WHERE {clause}").fetchall()
    return jsonify(rows)


@bp.get("/reports/orders/v2")
def orders_report_safe():
    status = request.args.get("status") or "paid"
    order_by = SORTABLE.get(request.args.get("sort", "date"), "created_at")
    params = (status, request.args.get("region", "EU"))
    rows = _db().execute(f"SELECT id, total FROM orders WHERE status = ? AND region = ? ORDER BY {order_by}", params).fetchall()
    return jsonify(rows)
