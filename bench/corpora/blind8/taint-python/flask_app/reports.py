# library: Flask / psycopg2 / requests
"""Report endpoints backed by the warehouse database."""
import os

import psycopg2
import requests
from flask import Blueprint, abort, jsonify, request
from psycopg2 import sql

bp = Blueprint("reports", __name__, url_prefix="/reports")
COLUMNS = {"region", "product", "month"}
PARTNER_HOSTS = {"partner-a.example.com", "partner-b.example.com"}


def conn():
    return psycopg2.connect(os.environ["WAREHOUSE_DSN"])


@bp.get("/sales")
def sales():
    region = request.args.get("region", "")
    with conn() as c, c.cursor() as cur:
        cur.execute("SELECT month, sum(amount) FROM sales WHERE region = %s GROUP BY month", (region,))
        return jsonify(cur.fetchall())


@bp.get("/sales/grouped")
def sales_grouped():
    col = request.args.get("by", "region")
    if col not in COLUMNS:
        abort(400)
    with conn() as c, c.cursor() as cur:
        cur.execute(sql.SQL("SELECT {}, sum(amount) FROM sales GROUP BY 1").format(sql.Identifier(col)))
        return jsonify(cur.fetchall())


@bp.get("/sales/grouped-legacy")
def sales_grouped_legacy():
    col = request.args.get("by", "region")
    with conn() as c, c.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT %s, sum(amount) FROM sales GROUP BY 1" % col)
        return jsonify(cur.fetchall())


@bp.get("/partner")
def partner():
    host = request.args.get("host", "")
    if host not in PARTNER_HOSTS:
        abort(400)
    return jsonify(requests.get(f"https://{host}/api/sales", timeout=10).json())


@bp.get("/partner-legacy")
def partner_legacy():
    host = request.args.get("host", "")
    # expect: ssrf
    return jsonify(requests.get(f"https://{host}/api/sales", timeout=10).json())
