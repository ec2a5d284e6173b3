# library: Flask (app.run debug flag)
"""Dev entry points for the inventory service."""
import os

from flask import Flask

from inventory.api import api_bp


def create_app():
    app = Flask(__name__)
    app.register_blueprint(api_bp, url_prefix="/api")
    return app


app = create_app()


def run_local():
    # expect: debug-enabled
    app.run(debug=True)


def run_from_env():
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1", port=int(os.environ.get("PORT", "5000")))


def run_demo():
    demo = create_app()
    # expect: debug-enabled
    demo.run("127.0.0.1", 8080, True)


def run_prod_like():
    app.run(host="127.0.0.1", port=5000, debug=False)


if __name__ == "__main__":
    app.config["DEBUG"] = False
    # expect: debug-enabled
    app.run(port=5001, use_reloader=True, debug=True)
