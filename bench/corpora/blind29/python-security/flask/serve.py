"""Entry points for the reporting service."""
import os

from flask import Flask

app = Flask(__name__)
metrics = Flask("metrics")
BIND_ALL = "0.0.0.0"
RUN_OPTIONS = {"host": "0.0.0.0", "port": 9100}


def main():
    port = int(os.environ.get("PORT", "8000"))
    # expect: bind-all-interfaces
    app.run(host="0.0.0.0", port=port)


def serve_positional():
    # expect: bind-all-interfaces
    app.run("0.0.0.0", 8080)


def serve_from_constant():
    # expect: bind-all-interfaces
    app.run(host=BIND_ALL, port=8081)


def serve_metrics():
    # expect: bind-all-interfaces
    metrics.run(**RUN_OPTIONS)


def serve_local():
    app.run(host="127.0.0.1", port=8000)


def serve_configured():
    app.run(host=os.environ.get("BIND_ADDRESS", "127.0.0.1"), port=int(os.environ.get("PORT", "8000")))


if __name__ == "__main__":
    app.run()
