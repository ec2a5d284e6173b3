"""Entry points for running the API and the metrics exporter."""
import os
import socket
import threading

import uvicorn
from flask import Flask

from .api import create_app

app = Flask(__name__)


def run_flask_dev():
    # expect: debug-enabled
    app.run(host="127.0.0.1", port=5000, debug=True)


def run_flask_public():
    # expect: bind-all
    app.run(host="0.0.0.0", port=8080)


def run_flask_configured():
    host = os.environ.get("BIND_HOST", "127.0.0.1")
    debug = os.environ.get("FLASK_DEBUG") == "1"
    app.run(host=host, port=int(os.environ.get("PORT", "5000")), debug=debug)


def run_flask_quiet():
    app.run(host="localhost", port=5000, debug=False)


def run_uvicorn():
    # expect: bind-all
    uvicorn.run(create_app(), host="0.0.0.0", port=8000)


def run_uvicorn_local():
    uvicorn.run(create_app(), host="127.0.0.1", port=8000, reload=False)


def metrics_listener(port: int = 9100) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # expect: bind-all
    sock.bind(("0.0.0.0", port))
    sock.listen(16)
    return sock


def admin_listener(port: int = 9200) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", port))
    sock.listen(4)
    return sock


def debug_listener(port: int = 9300) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # expect: bind-all
    sock.bind(("", port))
    sock.listen(1)
    return sock


def start_background(fn):
    t = threading.Thread(target=fn, daemon=True)
    t.start()
    return t


if __name__ == "__main__":
    from werkzeug.debug import DebuggedApplication
    # expect: debug-enabled
    app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True)
    run_flask_configured()
