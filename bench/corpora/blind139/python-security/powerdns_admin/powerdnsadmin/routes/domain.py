from flask import Blueprint, jsonify, render_template, request

from ..models.domain import Domain
from ..models.record import comment_badge, comment_cell

domain_bp = Blueprint("domain", __name__, url_prefix="/domain")


@domain_bp.route("/<path:domain_name>/records", methods=["POST"])
def record_apply(domain_name):
    records = request.get_json(force=True)["record"]
    cells = [comment_cell(r) for r in records]
    badges = [comment_badge(r) for r in records]
    Domain().apply_records(domain_name, records)
    return jsonify({"cells": [str(c) for c in cells], "badges": [str(b) for b in badges]})
