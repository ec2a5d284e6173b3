"""Entry points for running the API, the admin app and the docs app locally."""
import os

import flask

from .admin import create_admin_app
from .api import create_api_app

api = create_api_app()


def run_api():
    # expect: debug-enabled
    api.run(host="127.0.0.1", port=5000, debug=True)


def run_admin():
    admin = create_admin_app()
    # expect: debug-enabled
    admin.run(port=5001, debug=True, use_reloader=True)


def run_api_from_env():
    api.run(port=5000, debug=os.environ.get("FLASK_DEBUG") == "1")


def run_docs():
    docs = flask.Flask("docs", static_folder="build/html")
    docs.run(port=5002, debug=False)


if __name__ == "__main__":
    # expect: debug-enabled
    api.run(debug=True)
