# library: Flask (app.run host binding)
"""Launchers for the metrics dashboard."""
import os

from flask import Flask

app = Flask(__name__)


@app.get("/healthz")
def healthz():
    return {"ok": True}


def serve_everywhere():
    # expect: bind-all
    app.run(host="0.0.0.0", port=8000)


def serve_loopback():
    app.run(host="127.0.0.1", port=8000)


def serve_configured():
    app.run(host=os.environ.get("DASH_HOST", "127.0.0.1"), port=8000)


def serve_ipv6_any():
    # expect: bind-all
    app.run(host="::", port=8000, threaded=True)


def serve_localhost_name():
    app.run(host="localhost")
