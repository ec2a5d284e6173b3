"""Small JSON API for the metrics dashboard."""
import json

from flask import Blueprint, Response, jsonify, request

from .store import counters, series_for

bp = Blueprint("metrics", __name__, url_prefix="/metrics")


@bp.route("/counters")
def all_counters():
    # expect: use-jsonify
    return json.dumps(counters())


@bp.route("/series/<name>")
def series(name):
    points = series_for(name, since=request.args.get("since"))
    # expect: use-jsonify
    body = json.dumps({"name": name, "points": points})
    return body


@bp.route("/health")
def health():
    # expect: use-jsonify
    return json.dumps({"ok": True}, sort_keys=True)


@bp.route("/summary")
def summary():
    return jsonify(total=sum(counters().values()))


@bp.route("/export")
def export():
    payload = json.dumps(counters(), indent=2)
    return Response(payload, mimetype="application/json", headers={"Content-Disposition": "attachment; filename=counters.json"})


def write_snapshot(path):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(counters()))
