"""Search and export endpoints of the catalogue service."""
import flask
from flask import Blueprint, Flask, jsonify, request
from flask import request as req

app = Flask(__name__)
bp = Blueprint("export", __name__, url_prefix="/export")


@app.route("/search", methods=["GET"])
def search():
    term = request.args.get("q", "")
    # expect: request-body-in-get
    filters = request.json
    results = [{"q": term, "filters": filters}]
    return jsonify(results)


@app.get("/reports")
def list_reports():
    # expect: request-body-in-get
    options = flask.request.form
    page = request.args.get("page", 1, type=int)
    return jsonify({"page": page, "sort": options.get("sort")})


@bp.route("/csv", methods=("GET",))
def export_csv():
    # expect: request-body-in-get
    raw = req.data
    return flask.Response(raw, mimetype="text/csv")


@app.route("/items", methods=["GET", "POST"])
def items():
    if request.method == "POST":
        payload = request.json
        return jsonify(payload), 201
    return jsonify([])


@app.post("/items/bulk")
def bulk_items():
    payload = request.get_json()
    return jsonify({"count": len(payload or [])}), 201


@app.route("/preview")
def preview():
    # expect: request-body-in-get
    body = request.get_json() or {}
    return jsonify({"fields": sorted(body)})


@app.get("/health")
def health():
    region = request.headers.get("X-Region", "eu")
    return jsonify({"ok": True, "region": region})


app.register_blueprint(bp)
