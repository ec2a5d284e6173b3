"""Order lookup endpoints."""

from __future__ import annotations

import sqlite3

from flask import Blueprint, g, jsonify, request

bp = Blueprint("orders", __name__)
STATUSES = ("new", "paid", "shipped")


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect("/srv/shop/shop.db")
    return g.db


def current_filter() -> str:
    return request.args.get("status", "new")


@bp.get("/orders")
def list_orders():
    status = current_filter()
    sql = "SELECT id, total FROM orders WHERE status = '%s'" % status
    # expect: sql-injection
    rows = db().execute(sql).fetchall()
    return jsonify(rows)


@bp.get("/orders/by-customer")
def by_customer():
    customer = request.args["customer"]
    where = f"customer_email = '{customer}'"
    query = "SELECT id, total FROM orders WHERE " + where
    cur = db().cursor()
    # expect: sql-injection
    cur.execute(query)
    return jsonify(cur.fetchall())


@bp.get("/orders/<int:order_id>")
def get_order(order_id: int):
    row = db().execute("SELECT * FROM orders WHERE id = ?", (order_id,)).fetchone()
    return jsonify(row)


@bp.get("/orders/safe")
def list_orders_safe():
    status = current_filter()
    if status not in STATUSES:
        status = "new"
    rows = db().execute("SELECT id, total FROM orders WHERE status = ?", (status,)).fetchall()
    return jsonify(rows)


@bp.get("/orders/page")
def page():
    limit = int(request.args.get("limit", 20))
    offset = int(request.args.get("offset", 0))
    rows = db().execute(f"SELECT id FROM orders ORDER BY id LIMIT {limit} OFFSET {offset}").fetchall()
    return jsonify(rows)


@bp.post("/orders/bulk-cancel")
def bulk_cancel():
    ids = request.get_json()["ids"]
    id_list = ",".join(ids)
    # expect: sql-injection
    db().executescript("UPDATE orders SET status='cancelled' WHERE id IN (" + id_list + ");")
    return jsonify(ok=True)
