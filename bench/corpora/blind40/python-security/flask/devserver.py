"""Entry points for running the API locally."""
import os

import flask
from flask import Flask

app = Flask(__name__)
admin = flask.Flask("admin")


@app.route("/health")
def health():
    return {"ok": True}


def run_admin():
    # expect: debug-enabled
    admin.run(host="127.0.0.1", port=5001, debug=True)


class DevServer:
    def __init__(self, application):
        self.application = application

    def start(self, port=5000):
        self.application.run(
            host="0.0.0.0",
            port=port,
            # expect: debug-enabled
            debug=True,
            use_reloader=False,
        )


def run_with_options():
    options = {"port": 8000, "threaded": True}
    # expect: debug-enabled
    app.run(debug=True, **options)


if __name__ == "__main__":
    # expect: debug-enabled
    app.run("0.0.0.0", 5000, debug=True)


def run_safe():
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
    admin.run(port=5001)
    app.run(debug=False)
