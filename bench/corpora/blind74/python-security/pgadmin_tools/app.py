"""Application factory: modules register their blueprints here."""
import logging

from flask import Flask, request, session

from .authenticate.ldap import blueprint as ldap_bp
from .browser.tables import blueprint as tables_bp
from .misc.file_manager import blueprint as fm_bp
from .tools.backup import blueprint as backup_bp
from .tools.sqleditor import blueprint as sqleditor_bp

SUPPORTED_LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "ja": "日本語"}
log = logging.getLogger("pgadmin")


def create_app(app_name="pgadmin", config_object="pgadmin_tools.config"):
    app = Flask(app_name)
    app.config.from_object(config_object)

    @app.before_request
    def remember_language():
        lang = request.args.get("lang")
        if lang in SUPPORTED_LANGUAGES:
            session["PGADMIN_LANGUAGE"] = lang

    @app.before_request
    def remember_last_server():
        server = request.headers.get("X-pgA-Last-Server")
        if server:
            # expect: trust-boundary
            session["last_server"] = server

    for bp in (ldap_bp, tables_bp, fm_bp, backup_bp, sqleditor_bp):
        app.register_blueprint(bp)
    return app
