"""Notes service: application factory and request hooks."""
import logging

from flask import Flask, g, jsonify, request, session

from .config import Settings, SUPPORTED_LOCALES
from . import export, notes, preview

log = logging.getLogger("notes")


def create_app(settings=None):
    app = Flask(__name__)
    app.config.from_object(settings or Settings)

    app.register_blueprint(notes.bp, url_prefix="/notes")
    app.register_blueprint(export.bp, url_prefix="/export")
    app.register_blueprint(preview.bp, url_prefix="/preview")

    @app.before_request
    def load_request_context():
        g.tenant = request.headers.get("X-Tenant", "public")
        g.request_id = request.headers.get("X-Request-Id", "")
        g.theme = request.cookies.get("theme") or "light"
        g.locale = "en"

    @app.after_request
    def stamp_response(response):
        # expect: header-injection
        response.headers["X-Request-Id"] = g.request_id
        response.headers["X-Locale"] = g.locale
        response.headers["X-Served-By"] = app.config["NODE_NAME"]
        return response

    @app.route("/locale", methods=["POST"])
    def set_locale():
        wanted = request.form.get("locale", "en")
        if wanted not in SUPPORTED_LOCALES:
            wanted = "en"
        session["locale"] = wanted
        return jsonify(ok=True)

    @app.route("/theme", methods=["POST"])
    def set_theme():
        theme = request.form.get("theme", "")
        # expect: trust-boundary
        session["theme"] = theme
        return jsonify(ok=True)

    @app.route("/whoami")
    def whoami():
        log.debug("whoami called")
        return jsonify(tenant=g.tenant, theme=g.theme)

    @app.errorhandler(404)
    def not_found(_exc):
        return jsonify(error="not found"), 404

    return app
