"""Entry points for the dashboard app."""
import os

from flask import Flask

app = Flask(__name__)
app.config.from_prefixed_env()


@app.get("/")
def index():
    return "dashboard"


def create_app():
    application = Flask(__name__)
    # expect: debug-enabled
    application.config["DEBUG"] = True
    return application


def create_admin_app():
    admin = Flask("admin")
    # expect: debug-enabled
    admin.debug = True
    return admin


def create_safe_app():
    safe = Flask("safe")
    # safe: debug from the environment
    safe.debug = os.environ.get("FLASK_DEBUG") == "1"
    return safe


def run_dev():
    # expect: debug-enabled
    app.run(
        host="127.0.0.1",
        port=5000,
        debug=True,
    )


def run_prod():
    # safe: debug off
    app.run(host="127.0.0.1", port=8000, debug=False)


if __name__ == "__main__":
    # expect: debug-enabled
    app.run(debug=True)
