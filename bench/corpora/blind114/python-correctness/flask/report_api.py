"""Report endpoints of the analytics API."""
from flask import Blueprint, Flask, jsonify, request

from .reports import build_report, export_report, list_reports

app = Flask(__name__)
bp = Blueprint("reports", __name__, url_prefix="/api")


@app.route("/reports", methods=["GET"])
def reports_index():
    # expect: request-body-in-get
    filters = request.json
    return jsonify(list_reports(filters or {}))


@app.route("/reports/search", methods=["GET"])
def reports_search():
    # expect: request-body-in-get
    form = request.form
    return jsonify(list_reports({"q": form.get("q", "")}))


@app.route("/reports/<int:report_id>/raw", methods=["GET"])
def report_raw(report_id):
    # expect: request-body-in-get
    body = request.data
    return export_report(report_id, options=body.decode() if body else None)


@app.route("/reports/page", methods=["GET"])
def reports_page():
    args = request.args
    return jsonify(list_reports({"page": args.get("page", 1, type=int)}))


@app.route("/reports", methods=["POST"])
def reports_create():
    payload = request.json
    return jsonify(build_report(payload)), 201


@app.route("/reports/preview", methods=["GET", "POST"])
def reports_preview():
    if request.method == "POST":
        data = request.form
        return jsonify(build_report(dict(data), dry_run=True))
    return jsonify({"fields": ["from", "to", "metric"]})


@bp.post("/reports/export")
def reports_export():
    options = request.get_json(silent=True) or {}
    return export_report(options.get("id"), options=options)


app.register_blueprint(bp)
