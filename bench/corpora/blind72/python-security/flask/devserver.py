"""Entry points for running the admin app outside of gunicorn."""
import os
import sys

from flask import Flask

app = Flask(__name__)
admin_app = Flask("admin")
ALL_INTERFACES = "0.0.0.0"


@app.route("/")
def index():
    return "ok"


def run_container():
    port = int(os.environ.get("PORT", "8080"))
    # expect: bind-all-interfaces
    app.run(host="0.0.0.0", port=port)


def run_positional():
    # expect: bind-all-interfaces
    app.run("0.0.0.0", 5000, use_reloader=False)


def run_admin():
    admin_app.run(
        # expect: bind-all-interfaces
        host=ALL_INTERFACES,
        port=5001,
        threaded=True,
    )


def run_from_args(argv=sys.argv):
    options = {"host": "0.0.0.0", "port": 5002}
    if "--public" in argv:
        # expect: bind-all-interfaces
        app.run(**options)


def run_local():
    app.run(host="127.0.0.1", port=5000)


def run_configured():
    app.run(host=os.environ.get("FLASK_RUN_HOST", "localhost"), port=int(os.environ.get("FLASK_RUN_PORT", "5000")))


if __name__ == "__main__":
    run_local()
