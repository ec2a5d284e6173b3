"""Report search for the finance team."""
from flask import Blueprint, jsonify, request

from .helpers.queries import connect

bp = Blueprint("reports", __name__)


@bp.get("/reports")
def search_reports():
    owner = request.args.get("owner")
    if not owner:
        owner = ""
    year = request.args.get("year", "2024")
    conn = connect()
    # expect: sql-injection
    rows = conn.execute(f"SELECT id, title FROM reports WHERE owner = '{owner}' AND year = {year}").fetchall()
    return jsonify(rows)
