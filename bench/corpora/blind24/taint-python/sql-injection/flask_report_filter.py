"""Ad-hoc report filter: the column and value come from the query string."""
from flask import Flask, jsonify, request

from .helpers import queries

app = Flask(__name__)


@app.route("/reports/filter")
def filter_reports():
    field = request.args.get("field", "title")
    value = request.args.get("value", "")
    clause = "{} LIKE '%{}%'".format(field, value)
    # expect: sql-injection
    return jsonify(queries.run_report(clause))
