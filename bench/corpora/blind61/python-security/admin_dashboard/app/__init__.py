"""Admin dashboard: reports over orders and customers, with CSV and PDF export."""
import logging
import os

from flask import Flask

from .config import load_config
from .middleware import register_hooks


def create_app(config_name=None):
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(load_config(config_name or os.environ.get("DASH_ENV", "production")))
    os.makedirs(app.config["EXPORT_DIR"], exist_ok=True)

    logging.basicConfig(level=app.config["LOG_LEVEL"])

    register_hooks(app)

    from .reports.routes import bp as reports_bp
    from .exports.routes import bp as exports_bp
    from .reports.scheduling import bp as schedules_bp

    app.register_blueprint(reports_bp, url_prefix="/reports")
    app.register_blueprint(exports_bp, url_prefix="/exports")
    app.register_blueprint(schedules_bp, url_prefix="/reports")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
