"""Export endpoints for the reporting service."""
import logging
from datetime import date

from flask import Blueprint, json, jsonify, request

from .db import fetch_daily_totals, fetch_region_totals, fetch_top_products
from .cache import cache

log = logging.getLogger(__name__)
bp = Blueprint("export", __name__, url_prefix="/export")


def _parse_day(raw):
    try:
        return date.fromisoformat(raw)
    except (TypeError, ValueError):
        return date.today()


@bp.route("/daily")
def daily_totals():
    day = _parse_day(request.args.get("day"))
    rows = fetch_daily_totals(day)
    log.info("daily export for %s: %d rows", day, len(rows))
    # expect: use-jsonify
    return json.dumps({"day": day.isoformat(), "rows": rows})


@bp.route("/regions")
def region_totals():
    rows = fetch_region_totals()
    return jsonify(regions=rows, count=len(rows))


@bp.route("/products/top")
def top_products():
    limit = min(int(request.args.get("limit", 10)), 100)
    products = fetch_top_products(limit)
    # expect: use-jsonify
    return json.dumps(products)


@bp.route("/products/top/cached")
def top_products_cached():
    payload = cache.get("top-products")
    if payload is None:
        payload = json.dumps(fetch_top_products(10))
        cache.set("top-products", payload, timeout=300)
    # expect: use-jsonify
    return json.dumps({"cached": True, "products": json.loads(payload)})


@bp.route("/health")
def health():
    return jsonify(status="ok")
