"""JSON API for the challenge board."""
from flask import Blueprint, jsonify, request
from sqlalchemy import text

from flagboard.api.helpers import build_model_filters, validate_args
from flagboard.models import Challenges
from flagboard.utils.decorators import authed_only

api = Blueprint("api", __name__, url_prefix="/api/v1")


@api.route("/challenges")
@authed_only
@validate_args({"q": str, "field": str, "sort": str})
def challenge_list(query_args):
    q = query_args.pop("q", None)
    field = query_args.pop("field", None)
    filters = build_model_filters(Challenges, q, field)
    rows = Challenges.query.filter(Challenges.state == "visible", *filters)
    sort = query_args.get("sort") or "value"
    # expect: sql-injection
    rows = rows.order_by(text(sort))
    return jsonify([{"id": c.id, "name": c.name, "value": c.value} for c in rows.all()])


@api.route("/challenges/categories")
@authed_only
def categories():
    direction = request.args.get("direction", "asc")
    if direction not in ("asc", "desc"):
        direction = "asc"
    rows = Challenges.query.with_entities(Challenges.category).distinct()
    rows = rows.order_by(text(f"category {direction}"))
    return jsonify(sorted({r[0] for r in rows.all()}))
