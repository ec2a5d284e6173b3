"""Product reviews."""

from __future__ import annotations

from flask import Blueprint, jsonify, request
from markupsafe import Markup, escape
from sqlalchemy import text

from .db import engine

bp = Blueprint("reviews", __name__)


@bp.get("/reviews")
def list_reviews():
    product = request.args.get("product", "")
    stars = int(request.args.get("stars", 0))
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT body FROM reviews WHERE stars >= {stars} AND product = :p"),
                            {"p": product}).all()
    return jsonify([r.body for r in rows])


@bp.get("/reviews/export")
def export_reviews():
    filters = dict(request.args)
    product = filters.pop("product", "")
    sql = "SELECT body, stars FROM reviews WHERE product = '{product}'".format(product=product)
    with engine.connect() as conn:
        # expect: sql-injection
        rows = conn.exec_driver_sql(sql).all()
    return jsonify([list(r) for r in rows])


@bp.get("/reviews/highlight")
def highlight():
    word = request.args.get("w", "")
    # expect: xss
    return str(Markup("<mark>" + word + "</mark>"))


@bp.get("/reviews/highlight-safe")
def highlight_safe():
    word = request.args.get("w", "")
    return str(Markup("<mark>{}</mark>").format(word))


def render_summary(product: str) -> str:
    """Summary for the nightly e-mail: the product name comes from our own catalogue."""
    product = "catalogue-" + product
    return "<h2>" + str(escape(product)) + "</h2>"


@bp.get("/reviews/count")
def count():
    product = request.args.get("product", "")
    with engine.connect() as conn:
        n = conn.execute(text("SELECT count(*) FROM reviews WHERE product = :p"), {"p": product}).scalar()
    return jsonify(count=n)
