"""Ad-hoc report filter with an allow-listed column and a bound value."""
from flask import Flask, abort, jsonify, request

from .helpers import queries

app = Flask(__name__)
FIELDS = {"title", "owner", "region"}


@app.route("/reports/filter")
def filter_reports():
    field = request.args.get("field", "title")
    if field not in FIELDS:
        abort(400)
    value = request.args.get("value", "")
    return jsonify(queries.run_report_params(f"SELECT id, title, total FROM reports WHERE {field} LIKE ?", (f"%{value}%",)))
