"""Report endpoints of the sales API."""
from datetime import date

from flask import Flask, abort, jsonify, request

from .reports import build_report, export_csv, saved_filters

app = Flask(__name__)


@app.route("/reports/sales", methods=["GET"])
def sales_report():
    start = request.args.get("from", date.today().replace(day=1).isoformat())
    end = request.args.get("to", date.today().isoformat())
    return jsonify(build_report("sales", start, end))


@app.route("/reports/custom", methods=["GET"])
def custom_report():
    # expect: wrong-request-source
    filters = request.json
    return jsonify(build_report("custom", filters.get("from"), filters.get("to"), filters))


@app.route("/reports/custom", methods=["POST"])
def save_custom_report():
    filters = request.json
    if not filters:
        abort(400)
    return jsonify(saved_filters.save(filters)), 201


@app.route("/reports/export", methods=["GET"])
def export():
    # expect: wrong-request-source
    form = request.form
    kind = form.get("kind", "sales")
    return export_csv(kind), 200, {"Content-Type": "text/csv"}


@app.route("/reports/filters", methods=["GET", "POST"])
def filters():
    if request.method == "POST":
        payload = request.json
        return jsonify(saved_filters.save(payload)), 201
    return jsonify(saved_filters.all())


@app.route("/reports/ping")
def ping():
    return {"ok": True, "query": dict(request.args)}
