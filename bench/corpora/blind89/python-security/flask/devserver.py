"""Development entry point: `python -m shop.devserver` or imported by the IDE runner."""
import os

from flask import Flask

from .api import api_bp
from .config import DevConfig, ProfileConfig
from .web import web_bp

app = Flask(__name__)
app.config.from_object(ProfileConfig if os.environ.get("SHOP_PROFILE") else DevConfig)
app.register_blueprint(web_bp)
app.register_blueprint(api_bp, url_prefix="/api")

PROFILE_RUN = {"host": "127.0.0.1", "port": 5001, "use_reloader": False}
RUN_MODE = os.environ.get("SHOP_RUN_MODE", "")


@app.route("/_ping")
def ping():
    return "pong"


def create_app():
    return app


def serve(port=5000):
    app.run(host="127.0.0.1", port=port, debug=False)


if RUN_MODE == "reload":
    # expect: app-run-at-import
    app.run(use_reloader=True, port=5000)
elif RUN_MODE == "profile":
    from werkzeug.middleware.profiler import ProfilerMiddleware

    app.wsgi_app = ProfilerMiddleware(app.wsgi_app, restrictions=[30])
    # expect: app-run-at-import
    app.run(**PROFILE_RUN)
elif RUN_MODE == "lan":
    # expect: app-run-at-import
    app.run(
        host=os.environ.get("SHOP_HOST", "127.0.0.1"),
        port=int(os.environ.get("SHOP_PORT", "5000")),
    )

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")))
