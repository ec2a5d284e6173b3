"""Entry points for the inventory Flask app."""
import os
import sys

import flask
from flask import Flask

from inventory.views import bp

app = Flask(__name__)
app.register_blueprint(bp)
admin = flask.Flask("inventory-admin")
RUN_OPTS = {"host": "127.0.0.1", "port": 5001}


def run_dev():
    # expect: debug-enabled
    app.run(host="0.0.0.0", port=5000, debug=True)


def run_admin():
    # expect: debug-enabled
    admin.run(
        port=5002,
        debug=True,
        use_reloader=False,
    )


class Server:
    def __init__(self, application):
        self.application = application

    def start(self):
        # expect: debug-enabled
        self.application.run(debug=True, threaded=True)


def run_prod():
    app.run(host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "8000")), debug=False)


def run_env():
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1", **RUN_OPTS)


if __name__ == "__main__":
    if "--admin" in sys.argv:
        run_admin()
    elif "--dev" in sys.argv:
        # expect: debug-enabled
        app.run(debug=True)
    else:
        run_prod()
