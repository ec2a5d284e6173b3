"""Inventory service: a Flask app that some developers start with `python devserver.py`."""
import logging
import os
import sys

from flask import Flask, jsonify

app = Flask(__name__)
app.config.from_prefixed_env()
log = logging.getLogger("inventory")

HOST = os.environ.get("INVENTORY_HOST", "127.0.0.1")
PORT = int(os.environ.get("INVENTORY_PORT", "5050"))


@app.get("/healthz")
def healthz():
    return jsonify(status="ok")


@app.get("/items/<int:item_id>")
def item(item_id):
    return jsonify(id=item_id)


def main(argv=None):
    argv = argv or sys.argv[1:]
    app.run(host=HOST, port=PORT, use_reloader="--reload" in argv)


if os.environ.get("INVENTORY_STANDALONE") == "1":
    # expect: exposed-dev-server
    app.run(host=HOST, port=PORT)

try:
    # expect: exposed-dev-server
    app.run(
        host=HOST,
        port=PORT + 1,
        threaded=True,
    )
except OSError as exc:
    log.warning("dev server not started: %s", exc)

for attempt in range(2):
    # expect: exposed-dev-server
    app.run(port=PORT + 10 + attempt)

if __name__ == "__main__":
    app.run(host=HOST, port=PORT)
