"""Report endpoints running SQL through Flask-SQLAlchemy."""
from flask import Blueprint, jsonify, request
from sqlalchemy import bindparam, text

from .extensions import db

bp = Blueprint("reports", __name__)

ORDERABLE = {"name": "name", "created": "created_at"}


@bp.get("/reports/orders")
def orders():
    status = request.args.get("status", "open")
    # expect: sql-injection
    rows = db.session.execute(text(f"SELECT id, total FROM orders WHERE status = '{status}'")).all()
    rows += db.session.execute(text("SELECT id, total FROM orders WHERE status = :s"), {"s": status}).all()
    return jsonify([list(r) for r in rows])


@bp.get("/reports/products")
def products():
    order = ORDERABLE.get(request.args.get("order"), "name")
    limit = min(int(request.args.get("limit", "50")), 500)
    rows = db.session.execute(text(f"SELECT id, name FROM products ORDER BY {order} LIMIT {limit}")).all()
    return jsonify([list(r) for r in rows])


@bp.get("/reports/by-tags")
def by_tags():
    tags = request.args.getlist("tag")
    stmt = text("SELECT id FROM products WHERE tag IN :tags").bindparams(bindparam("tags", expanding=True))
    ids = db.session.execute(stmt, {"tags": tags}).scalars().all()
    return jsonify(ids)


@bp.get("/reports/customer")
def customer():
    email = request.args["email"]
    conn = db.engine.raw_connection()
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("SELECT id FROM customers WHERE email = '" + email + "'")
    cur.execute("SELECT id FROM customers WHERE email = %s", (email,))
    return jsonify(cur.fetchall())


@bp.get("/reports/score")
def score():
    raw = request.args.get("min", "0")
    # expect: nan-injection
    threshold = float(raw)
    rows = db.session.execute(text("SELECT id FROM products WHERE score >= :t"), {"t": threshold}).all()
    return jsonify(len(rows))
