"""Entrypoints used by the dev container and the systemd unit."""
import os
import sys

from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/healthz")
def healthz():
    return jsonify(status="ok")


def run_dev():
    debug = os.environ.get("FLASK_DEBUG") == "1"
    app.run(host="127.0.0.1", port=5000, debug=debug)


def run_lan():
    # expect: bind-all
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "5000")))


def run_demo():
    opts = {"host": "localhost", "port": 5001}
    opts["debug"] = True
    # expect: debug-enabled
    app.run(**opts)


if __name__ == "__main__":
    if "--lan" in sys.argv:
        run_lan()
    else:
        run_dev()
