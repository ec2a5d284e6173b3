"""Application factory for the shop backend."""
import logging
import os

from flask import Flask

from . import db, middleware
from .config import Config


def create_app(config_object=None):
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(config_object or Config)
    app.config.from_envvar("SHOP_SETTINGS", silent=True)

    os.makedirs(app.config["EXPORT_DIR"], exist_ok=True)
    logging.basicConfig(level=app.config.get("LOG_LEVEL", "INFO"))

    db.init_app(app)
    middleware.register(app)

    from .catalog.routes import bp as catalog_bp
    from .reports.routes import bp as reports_bp

    app.register_blueprint(catalog_bp)
    app.register_blueprint(reports_bp)

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
