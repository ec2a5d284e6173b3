"""Small internal dashboard that charts queue depth and worker health."""
import os
import time

from flask import Flask, jsonify, render_template

from .collectors import queue_depths, worker_heartbeats

app = Flask(__name__)
app.config.from_prefixed_env()

STALE_AFTER = int(os.environ.get("DASH_STALE_AFTER", "90"))


@app.get("/")
def index():
    return render_template("dashboard.html", refreshed=time.strftime("%H:%M:%S"))


@app.get("/api/queues")
def queues():
    return jsonify(queue_depths())


@app.get("/api/workers")
def workers():
    now = time.time()
    rows = []
    for name, beat in worker_heartbeats().items():
        rows.append({"name": name, "last_seen": beat, "stale": now - beat > STALE_AFTER})
    return jsonify(rows)


def run_dev_server(port=5057):
    """Used by `make dash`; production runs under gunicorn."""
    app.run(host="127.0.0.1", port=port, debug=False)


# expect: dev-server
app.run(host="127.0.0.1", port=int(os.environ.get("DASH_PORT", "5057")))
