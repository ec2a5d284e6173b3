"""CORS setup for the public and partner APIs."""
import os

from flask import Blueprint, Flask, jsonify
from flask_cors import CORS, cross_origin

PARTNER_ORIGINS = ["https://partner.example.com", "https://admin.example.com"]

app = Flask(__name__)
# expect: permissive-cors
CORS(app, supports_credentials=True, origins="*")

partner = Blueprint("partner", __name__, url_prefix="/partner")
# expect: permissive-cors
CORS(partner, resources={r"/partner/*": {"origins": "*", "supports_credentials": True}})

account = Blueprint("account", __name__, url_prefix="/account")


@account.route("/me")
# expect: permissive-cors
@cross_origin(origins="*", supports_credentials=True)
def me():
    return jsonify(user="current")


def create_reporting_app():
    reporting = Flask("reporting")
    # expect: permissive-cors
    CORS(reporting, origins="*", supports_credentials=True, max_age=600)
    return reporting


def create_public_app():
    public = Flask("public")
    CORS(public, resources={r"/v1/*": {"origins": "*"}})
    return public


def create_partner_app():
    papp = Flask("partner_app")
    CORS(papp, origins=PARTNER_ORIGINS, supports_credentials=True)
    return papp


@account.route("/status")
@cross_origin(origins=os.environ.get("STATUS_ORIGIN", "https://status.example.com"))
def status():
    return jsonify(ok=True)
