"""Catalog search and draft management endpoints (SQLAlchemy core connection)."""
import logging

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import text

from .auth import current_user_id
from .db import engine

bp = Blueprint("catalog", __name__)
log = logging.getLogger(__name__)

SORT_COLUMNS = {"name": "p.name", "price": "p.price_cents", "newest": "p.created_at"}


@bp.route("/api/products")
def search_products():
    term = request.args.get("q", "")
    order = SORT_COLUMNS.get(request.args.get("sort"), "p.name")
    sql = f"SELECT p.id, p.name, p.price_cents FROM products p WHERE p.name ILIKE :term ORDER BY {order} LIMIT 50"
    with engine.connect() as conn:
        rows = conn.execute(text(sql), {"term": f"%{term}%"}).mappings().all()
    log.info("select over products for %r returned %d rows", term, len(rows))
    return jsonify([dict(r) for r in rows])


@bp.route("/api/products/by-brand")
def products_by_brand():
    brand = request.args.get("brand", "")
    # expect: sql-injection
    sql = "SELECT id, name FROM products WHERE brand = '" + brand + "' AND active"
    with engine.connect() as conn:
        rows = conn.execute(text(sql)).mappings().all()
    return jsonify([dict(r) for r in rows])


@bp.route("/api/drafts/<draft_id>", methods=["DELETE"])
def delete_draft(draft_id):
    with engine.begin() as conn:
        # expect: sql-injection
        result = conn.execute(text(f"DELETE FROM drafts WHERE id = {draft_id} AND owner_id = :owner"), {"owner": current_user_id()})
    if result.rowcount == 0:
        abort(404)
    return "", 204


@bp.route("/api/drafts/<int:draft_id>")
def get_draft(draft_id):
    with engine.connect() as conn:
        row = conn.execute(text("SELECT id, title, body FROM drafts WHERE id = :id"), {"id": draft_id}).mappings().first()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@bp.route("/api/categories/<slug>/count")
def category_count(slug):
    with engine.connect() as conn:
        total = conn.execute(
            text("SELECT COUNT(*) FROM products p JOIN categories c ON c.id = p.category_id WHERE c.slug = :slug"),
            {"slug": slug},
        ).scalar_one()
    return jsonify(slug=slug, total=total)
