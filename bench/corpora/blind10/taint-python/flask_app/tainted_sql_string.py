# library: Flask + sqlite3 / SQLAlchemy (request data in SQL strings)
"""Product search endpoints."""
from flask import Blueprint, g, jsonify, request
from sqlalchemy import text

from .db import engine

bp = Blueprint("search", __name__)


@bp.get("/products")
def products():
    q = request.args.get("q", "")
    # expect: sql-injection
    rows = g.db.execute(f"SELECT id, name FROM products WHERE name LIKE '%{q}%'").fetchall()
    return jsonify([dict(r) for r in rows])


@bp.get("/products-safe")
def products_safe():
    q = request.args.get("q", "")
    rows = g.db.execute("SELECT id, name FROM products WHERE name LIKE ?", (f"%{q}%",)).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.get("/categories/<slug>")
def category(slug):
    with engine.connect() as conn:
        # expect: sql-injection
        rows = conn.execute(text("SELECT * FROM products WHERE category = '" + slug + "'")).mappings().all()
    return jsonify([dict(r) for r in rows])


@bp.get("/categories-safe/<slug>")
def category_safe(slug):
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM products WHERE category = :slug"), {"slug": slug}).mappings().all()
    return jsonify([dict(r) for r in rows])


@bp.post("/products/<int:pid>/rename")
def rename(pid):
    # expect: sql-injection
    g.db.execute("UPDATE products SET name = '%s' WHERE id = %d" % (request.form["name"], pid))
    return "", 204
