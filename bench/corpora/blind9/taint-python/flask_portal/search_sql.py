# library: Flask + sqlite3
"""Product search backed by the local sqlite mirror."""
import sqlite3

from flask import Blueprint, g, jsonify, request

bp = Blueprint("search", __name__)
SORTS = {"name": "name", "price": "price", "new": "created_at DESC"}


def db():
    if "db" not in g:
        g.db = sqlite3.connect("mirror.db")
    return g.db


@bp.get("/search")
def search():
    q = request.args.get("q", "")
    # expect: sql-injection
    rows = db().execute(f"SELECT id, name FROM products WHERE name LIKE '%{q}%'").fetchall()
    return jsonify(rows)


@bp.get("/search-safe")
def search_safe():
    q = request.args.get("q", "")
    order = SORTS.get(request.args.get("sort"), "name")
    rows = db().execute(f"SELECT id, name FROM products WHERE name LIKE ? ORDER BY {order}", (f"%{q}%",)).fetchall()
    return jsonify(rows)


@bp.get("/brand/<brand>")
def by_brand(brand):
    cur = db().cursor()
    # expect: sql-injection
    cur.execute("SELECT id, name FROM products WHERE brand = '" + brand + "'")
    return jsonify(cur.fetchall())


@bp.get("/price")
def by_price():
    max_price = float(request.args.get("max", "100"))
    return jsonify(db().execute("SELECT id FROM products WHERE price <= ?", (max_price,)).fetchall())
