"""Report search for the finance team (parameterised)."""
from flask import Blueprint, jsonify, request

from .helpers.queries import run_report_params

bp = Blueprint("reports_safe", __name__)


@bp.get("/reports")
def search_reports():
    owner = request.args.get("owner")
    if not owner:
        owner = ""
    year = request.args.get("year", "2024")
    rows = run_report_params("SELECT id, title FROM reports WHERE owner = ? AND year = ?", (owner, year))
    return jsonify(rows)
