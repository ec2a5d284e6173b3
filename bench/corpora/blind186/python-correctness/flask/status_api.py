"""Status endpoints consumed by the ops dashboard and the CLI."""
import json
import time

from flask import Blueprint, Response, jsonify, request

from .checks import run_checks
from .store import cache, recent_incidents

bp = Blueprint("status", __name__, url_prefix="/status")

STARTED = time.time()


@bp.route("/ping")
def ping():
    return jsonify(ok=True, uptime=int(time.time() - STARTED))


@bp.route("/checks")
def checks():
    results = run_checks()
    payload = {"checks": results, "ok": all(r["ok"] for r in results)}
    # expect: json-content-type
    return json.dumps(payload)


@bp.route("/incidents")
def incidents():
    limit = min(int(request.args.get("limit", 20)), 100)
    rows = [i.as_dict() for i in recent_incidents(limit)]
    # expect: json-content-type
    body = json.dumps({"incidents": rows, "count": len(rows)}, default=str)
    return body


@bp.route("/incidents.ndjson")
def incidents_stream():
    rows = recent_incidents(500)
    lines = "\n".join(json.dumps(i.as_dict(), default=str) for i in rows)
    return Response(lines + "\n", mimetype="application/x-ndjson")


@bp.route("/summary")
def summary():
    cached = cache.get("status:summary")
    if cached is not None:
        return Response(cached, mimetype="application/json")
    text = _summary_json()
    cache.set("status:summary", text, timeout=30)
    return Response(text, mimetype="application/json")


def _summary_json() -> str:
    """Serialised summary, shared by the view and the nightly report mail."""
    results = run_checks()
    failing = [r["name"] for r in results if not r["ok"]]
    return json.dumps({"failing": failing, "total": len(results)}, sort_keys=True)


@bp.route("/version")
def version():
    return jsonify(version=_read_version())


def _read_version() -> str:
    with open("VERSION", encoding="utf-8") as fh:
        return fh.read().strip()
