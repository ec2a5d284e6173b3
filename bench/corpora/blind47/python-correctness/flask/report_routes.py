"""Report endpoints of the analytics service."""
import flask
from flask import Flask, jsonify, request
from flask import request as req

app = Flask(__name__)


@app.route("/reports/summary", methods=["GET"])
def summary():
    # expect: request-body-in-get
    filters = request.json
    return jsonify(build_summary(filters or {}))


@app.route("/reports/export", methods=["GET"])
def export():
    # expect: request-body-in-get
    form = request.form
    fmt = form.get("format", "csv")
    return jsonify(format=fmt)


@app.route("/reports/raw", methods=["GET"])
def raw():
    # expect: request-body-in-get
    body = flask.request.data
    return jsonify(size=len(body))


@app.route("/reports/query", methods=["GET"])
def query():
    # expect: request-body-in-get
    spec = req.get_json(silent=True)
    return jsonify(build_summary(spec or {}))


@app.route("/reports/summary", methods=["POST"])
def create_summary():
    filters = request.json
    return jsonify(build_summary(filters)), 201


@app.route("/reports/list", methods=["GET"])
def list_reports():
    page = request.args.get("page", 1, type=int)
    return jsonify(page=page, items=[])


@app.route("/reports/upload", methods=["POST"])
def upload():
    form = request.form
    return jsonify(name=form["name"])


def build_summary(filters):
    return {"filters": filters, "rows": []}
