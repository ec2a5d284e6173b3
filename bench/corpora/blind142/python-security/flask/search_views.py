"""Product search and cart endpoints."""
from flask import Blueprint, jsonify, request
from sqlalchemy import text

from .db import db, raw_connection

bp = Blueprint("search", __name__)

SORT_COLUMNS = {"price": "price_cents", "name": "name", "new": "created_at"}


@bp.route("/search")
def search():
    q = request.args.get("q", "")
    # expect: sql-injection
    rows = db.session.execute(text(f"SELECT id, name FROM products WHERE name LIKE '%{q}%'")).fetchall()
    return jsonify([dict(r._mapping) for r in rows])


@bp.route("/search/sorted")
def search_sorted():
    column = SORT_COLUMNS.get(request.args.get("sort"), "name")
    rows = db.session.execute(text(f"SELECT id, name FROM products WHERE name LIKE :q ORDER BY {column}"), {"q": f"%{request.args.get('q', '')}%"}).fetchall()
    return jsonify([dict(r._mapping) for r in rows])


@bp.route("/carts/<cart_id>", methods=["DELETE"])
def drop_cart(cart_id):
    cur = raw_connection().cursor()
    # expect: sql-injection
    cur.execute("DELETE FROM carts WHERE id = " + cart_id)
    return "", 204


@bp.route("/profile/<int:uid>/bio", methods=["POST"])
def set_bio(uid):
    cur = raw_connection().cursor()
    # expect: sql-injection
    cur.execute("UPDATE users SET bio = '{}' WHERE id = {}".format(request.form["bio"], uid))
    return "", 204


@bp.route("/profile/<int:uid>/name", methods=["POST"])
def set_name(uid):
    cur = raw_connection().cursor()
    cur.execute("UPDATE users SET display_name = %s WHERE id = %s", (request.form["name"], uid))
    return "", 204
