"""CORS configuration for the customer API and the public widget endpoints."""
import os

from flask import Blueprint, Flask, jsonify
from flask_cors import CORS, cross_origin

from .auth import login_required, current_user

TRUSTED_ORIGINS = [o for o in os.environ.get("TRUSTED_ORIGINS", "").split(",") if o]

widgets = Blueprint("widgets", __name__, url_prefix="/widgets")
account = Blueprint("account", __name__, url_prefix="/account")


def create_app() -> Flask:
    app = Flask(__name__)
    app.register_blueprint(widgets)
    app.register_blueprint(account)
    # expect: cors-misconfig
    CORS(app, supports_credentials=True, origins="*")
    return app


def create_partner_app() -> Flask:
    """Second deployment for partner portals; cookies must flow across origins."""
    app = Flask(__name__)
    app.register_blueprint(account)
    CORS(app, origins=TRUSTED_ORIGINS, supports_credentials=True)
    return app


def create_embed_app() -> Flask:
    app = Flask(__name__)
    app.register_blueprint(widgets)
    # expect: cors-misconfig
    CORS(app, resources={r"/widgets/*": {"origins": "*", "supports_credentials": True}})
    return app


def create_status_app() -> Flask:
    """Public, read-only status JSON; no cookies involved."""
    app = Flask(__name__)
    CORS(app, resources={r"/status/*": {"origins": "*"}})
    return app


@widgets.route("/rates")
@cross_origin(origins="*")
def rates():
    return jsonify({"eur": 1.0, "usd": 1.08})


@account.route("/me")
# expect: cors-misconfig
@cross_origin(origins="*", supports_credentials=True)
@login_required
def me():
    return jsonify({"id": current_user.id, "email": current_user.email})


@account.route("/orders")
@cross_origin(origins=TRUSTED_ORIGINS, supports_credentials=True)
@login_required
def orders():
    return jsonify([o.to_dict() for o in current_user.orders])
