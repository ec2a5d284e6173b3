"""CORS setup of the public API, the widget endpoints and the admin API."""
from flask import Blueprint, Flask, jsonify
from flask_cors import CORS, cross_origin

app = Flask(__name__)

# expect: cors-misconfiguration
CORS(app, supports_credentials=True, origins="*")

widgets = Blueprint("widgets", __name__, url_prefix="/widgets")
admin_api = Blueprint("admin_api", __name__, url_prefix="/admin/api")
public = Blueprint("public", __name__, url_prefix="/public")

CORS(
    admin_api,
    resources={
        # expect: cors-misconfiguration
        r"/admin/api/*": {"origins": "*", "supports_credentials": True},
    },
)

CORS(public, resources={r"/public/*": {"origins": "*"}})


@widgets.route("/me")
# expect: cors-misconfiguration
@cross_origin(origins="*", supports_credentials=True)
def widget_me():
    return jsonify({"widget": "me"})


@widgets.route("/cart")
@cross_origin(
    origins="*",
    # expect: cors-misconfiguration
    supports_credentials=True,
    methods=["GET", "POST"],
)
def widget_cart():
    return jsonify({"items": []})


@widgets.route("/ping")
@cross_origin()
def widget_ping():
    return jsonify({"pong": True})


def create_partner_app():
    partner = Flask("partner")
    CORS(partner, origins=["https://app.example.com", "https://partner.example.org"], supports_credentials=True)
    return partner


app.register_blueprint(widgets)
app.register_blueprint(admin_api)
app.register_blueprint(public)
