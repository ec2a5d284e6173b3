"""CORS set-up for the public and partner APIs."""
from flask import Blueprint, Flask, jsonify
from flask_cors import CORS as EnableCors
from flask_cors import cross_origin

app = Flask(__name__)
partner = Blueprint("partner", __name__, url_prefix="/partner")
widgets = Blueprint("widgets", __name__, url_prefix="/widgets")

ANY_ORIGIN = "*"
TRUSTED = ["https://app.example.com", "https://admin.example.com"]

# expect: cors-misconfiguration
EnableCors(app, supports_credentials=True, origins="*")

EnableCors(
    partner,
    resources={
        # expect: cors-misconfiguration
        r"/partner/*": {"origins": "*", "supports_credentials": True},
    },
)


@widgets.route("/me")
# expect: cors-misconfiguration
@cross_origin(origins=ANY_ORIGIN, supports_credentials=True)
def widget_me():
    return jsonify(embedded=True)


@app.route("/api/session")
@cross_origin(
    # expect: cors-misconfiguration
    origins="*",
    supports_credentials=True,
    methods=["GET"],
)
def session_info():
    return jsonify(ok=True)


@app.route("/api/status")
@cross_origin(origins="*")
def status():
    return jsonify(status="up")


@app.route("/api/account")
@cross_origin(origins=TRUSTED, supports_credentials=True)
def account():
    return jsonify(plan="pro")


def create_admin_app():
    admin = Flask("admin")
    EnableCors(admin, origins=TRUSTED, supports_credentials=True)
    return admin


app.register_blueprint(partner)
app.register_blueprint(widgets)
