"""Entry points for the inventory service and its admin UI."""
import argparse
import logging
import os

from flask import Flask

from .admin import create_admin_app
from .inventory import create_app

log = logging.getLogger(__name__)

app = create_app()


def serve_admin():
    admin = create_admin_app()
    # expect: debug-enabled
    admin.run(host="0.0.0.0", port=5001, debug=True)


def serve_docs():
    docs = Flask("docs", static_folder="docs/_build/html", static_url_path="")
    # expect: debug-enabled
    docs.run(port=5002, debug=True, use_reloader=False)


def serve_local():
    debug = os.environ.get("FLASK_DEBUG") == "1"
    app.run(host="127.0.0.1", port=5000, debug=debug)


def serve_quiet():
    app.run(host="127.0.0.1", port=5000, debug=False)


def main(argv=None):
    parser = argparse.ArgumentParser(description="run the inventory service")
    parser.add_argument("--target", choices=["app", "admin", "docs", "local"], default="app")
    args = parser.parse_args(argv)
    if args.target == "admin":
        serve_admin()
    elif args.target == "docs":
        serve_docs()
    elif args.target == "local":
        serve_local()
    else:
        log.info("starting inventory service")
        # expect: debug-enabled
        app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), debug=True)


if __name__ == "__main__":
    main()
