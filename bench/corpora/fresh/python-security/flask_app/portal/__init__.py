import logging
import os

from flask import Flask


def create_app(config=None):
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(SECRET_KEY=os.environ.get("PORTAL_SECRET"), DATABASE=os.path.join(app.instance_path, "portal.sqlite"))
    if config:
        app.config.update(config)
    # expect: debug-enabled
    app.debug = True
    # expect: debug-enabled
    app.config["DEBUG"] = True
    logging.basicConfig(level=logging.INFO)
    from . import views
    app.register_blueprint(views.bp)
    return app
