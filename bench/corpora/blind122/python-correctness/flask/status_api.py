"""Status and metrics endpoints of the ingest service (Flask)."""
import json
import time

from flask import Flask, Response, jsonify

from .queue import queue_depth, recent_failures
from .store import cache

app = Flask(__name__)
STARTED = time.time()


@app.route("/status")
def status():
    # expect: use-jsonify
    return json.dumps({"status": "ok", "uptime": int(time.time() - STARTED)})


@app.route("/queue")
def queue():
    # expect: use-jsonify
    body = json.dumps({"depth": queue_depth(), "failures": len(recent_failures())})
    return body


@app.route("/failures")
def failures():
    items = [{"id": f.id, "error": f.error} for f in recent_failures()]
    # expect: use-jsonify
    return json.dumps(items, indent=2)


@app.route("/health")
def health():
    return jsonify(ok=True)


@app.route("/metrics.json")
def metrics():
    payload = json.dumps({"depth": queue_depth()})
    return Response(payload, mimetype="application/json")


@app.route("/snapshot", methods=["POST"])
def snapshot():
    cache.set("ingest:snapshot", json.dumps({"depth": queue_depth(), "at": time.time()}))
    return jsonify(saved=True), 201


def log_line(event):
    return json.dumps({"event": event, "ts": time.time()})
