"""Entry points for running the app in containers and locally."""
import os

from flask import Flask

app = Flask(__name__)
PUBLIC = "0.0.0.0"


def run_container():
    # expect: bind-all-interfaces
    app.run(host="0.0.0.0", port=8080)


def run_positional():
    # expect: bind-all-interfaces
    app.run("0.0.0.0", 5000, threaded=True)


def run_from_constant():
    # expect: bind-all-interfaces
    app.run(host=PUBLIC, port=int(os.environ.get("PORT", "8000")))


def run_local():
    app.run(host="127.0.0.1", port=5000)


def run_configured():
    app.run(host=os.environ.get("BIND_HOST", "127.0.0.1"), port=5000)


if __name__ == "__main__":
    app.run(
        debug=False,
        # expect: bind-all-interfaces
        host="0.0.0.0",
    )
