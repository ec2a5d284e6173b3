"""Reporting endpoints over the analytics database."""
import flask
from flask import Blueprint, jsonify, request

from .db import get_cursor

reports = Blueprint("reports", __name__)

SORTABLE = {"created": "created_at", "total": "total"}


@reports.route("/reports/orders")
def orders():
    status = request.args.get("status", "open")
    # expect: sql-injection
    sql = "SELECT id, total FROM orders WHERE status = '%s'" % status
    with get_cursor() as cur:
        cur.execute(sql)
        return jsonify(cur.fetchall())


@reports.route("/reports/customer/<customer_id>")
def customer(customer_id):
    # expect: sql-injection
    query = f"SELECT * FROM invoices WHERE customer_id = {customer_id}"
    with get_cursor() as cur:
        cur.execute(query)
        return jsonify(cur.fetchall())


@reports.route("/reports/search", methods=["POST"])
def search():
    term = flask.request.form["term"]
    # expect: sql-injection
    query = "SELECT sku, name FROM products WHERE name LIKE '%" + term + "%'"
    with get_cursor() as cur:
        cur.execute(query)
        return jsonify(cur.fetchall())


@reports.route("/reports/region")
def region():
    # expect: sql-injection
    stmt = "DELETE FROM cache WHERE region = '{}'".format(request.values["region"])
    with get_cursor() as cur:
        cur.execute(stmt)
    return jsonify(ok=True)


@reports.route("/reports/orders-safe")
def orders_safe():
    with get_cursor() as cur:
        cur.execute("SELECT id, total FROM orders WHERE status = %s", (request.args.get("status", "open"),))
        return jsonify(cur.fetchall())


@reports.route("/reports/sorted")
def sorted_orders():
    column = SORTABLE.get(request.args.get("sort"), "created_at")
    with get_cursor() as cur:
        cur.execute(f"SELECT id, total FROM orders ORDER BY {column}")
        return jsonify(cur.fetchall())
