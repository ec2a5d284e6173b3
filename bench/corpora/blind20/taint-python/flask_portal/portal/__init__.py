"""Customer portal (Flask): app factory and blueprint registration."""
import os

from flask import Flask


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["PORTAL_SECRET_KEY"]
    app.config["UPLOAD_ROOT"] = os.environ.get("PORTAL_UPLOAD_ROOT", "/srv/portal/uploads")
    app.config["DATABASE"] = os.environ.get("PORTAL_DB", "/srv/portal/portal.db")
    from . import views_admin, views_files, views_proxy, views_reports, views_search, views_tools

    for module in (views_admin, views_files, views_proxy, views_reports, views_search, views_tools):
        app.register_blueprint(module.bp)

    @app.get("/healthz")
    def healthz():
        return {"ok": True}

    @app.after_request
    def headers(resp):
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "same-origin")
        return resp

    @app.teardown_appcontext
    def close_db(exc):
        from .helpers import close_connection

        close_connection()

    return app
