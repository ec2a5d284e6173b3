"""Back-office admin app: cookie settings follow the security baseline."""
import os

from flask import Flask, jsonify, session

from .admin_views import bp as admin_bp


def create_app():
    app = Flask(__name__, static_folder=None)
    app.config.update(
        SECRET_KEY=os.environ["ADMIN_SECRET_KEY"],
        SESSION_COOKIE_NAME="admin_session",
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        PERMANENT_SESSION_LIFETIME=1800,
    )
    app.register_blueprint(admin_bp, url_prefix="/admin")

    @app.route("/admin/whoami")
    def whoami():
        return jsonify(user=session.get("admin_user"))

    return app


def create_status_app():
    """Health endpoint only: no sessions are ever set."""
    status = Flask("status")
    status.config["SECRET_KEY"] = None

    @status.route("/healthz")
    def healthz():
        return jsonify(ok=True)

    return status
