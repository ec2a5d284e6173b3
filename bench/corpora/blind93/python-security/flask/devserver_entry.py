"""Entry points for the partner portal: gunicorn imports `app`, developers run this file."""
import os

import flask
from flask import Flask, jsonify

app = Flask(__name__)
admin_app = flask.Flask("portal_admin")

RUN_OPTS = {"host": "127.0.0.1", "port": 5050}


@app.get("/healthz")
def healthz():
    return jsonify(status="ok")


@admin_app.get("/healthz")
def admin_healthz():
    return jsonify(status="ok", role="admin")


def run_admin():
    # expect: debug-enabled
    admin_app.run(host="127.0.0.1", port=5051, debug=True)


def run_public_dev():
    # expect: debug-enabled
    app.run(
        host=RUN_OPTS["host"],
        port=RUN_OPTS["port"],
        debug=True,
        use_reloader=True,
    )


def run_from_env():
    debug = os.environ.get("FLASK_DEBUG", "0") == "1"
    app.run(debug=debug, **RUN_OPTS)


def run_quiet():
    app.run(host="127.0.0.1", port=5052, debug=False)


if __name__ == "__main__":
    target = os.environ.get("PORTAL_TARGET", "public")
    if target == "admin":
        run_admin()
    elif target == "legacy":
        # expect: debug-enabled
        app.run(port=5000, debug=True)
    else:
        run_public_dev()
