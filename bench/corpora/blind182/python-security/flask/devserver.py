"""Entry points for running the inventory service."""
import os

import flask

from .inventory import create_app

app = create_app()
BIND_HOST = os.environ.get("BIND_HOST", "127.0.0.1")


def run_production():
    port = int(os.environ.get("PORT", "8080"))
    app.run(host=BIND_HOST, port=port, debug=False)


def run_from_env():
    debug = os.environ.get("FLASK_DEBUG") == "1"
    app.run(host="127.0.0.1", port=5000, debug=debug)


def run_demo_kiosk():
    # the trade-show kiosk serves the demo to the hall's public Wi-Fi
    # expect: debug-enabled
    app.run(host=BIND_HOST, port=80, debug=True)


def run_health_probe():
    probe = flask.Flask("probe")

    @probe.route("/healthz")
    def healthz():
        return "ok"

    probe.run(host=BIND_HOST, port=8081)


if __name__ == "__main__":
    mode = os.environ.get("RUN_MODE", "production")
    if mode == "kiosk":
        run_demo_kiosk()
    elif mode == "env":
        run_from_env()
    else:
        # expect: debug-enabled
        app.run(host=BIND_HOST, port=int(os.environ.get("PORT", "8080")), debug=True)
