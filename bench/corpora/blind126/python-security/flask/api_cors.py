"""CORS set-up of the public API, the widget endpoints and the dashboard."""
from flask import Blueprint, Flask, jsonify
from flask_cors import CORS, cross_origin

app = Flask(__name__)
api = Blueprint("api", __name__, url_prefix="/api")
widgets = Blueprint("widgets", __name__, url_prefix="/widgets")
dashboard = Blueprint("dashboard", __name__, url_prefix="/dashboard")

# expect: cors-misconfig
CORS(api, supports_credentials=True, origins="*")

CORS(widgets, origins="*")

# expect: cors-misconfig
CORS(dashboard, resources={r"/dashboard/*": {"origins": "*", "supports_credentials": True}})

TRUSTED_ORIGINS = ["https://app.example.com", "https://admin.example.com"]


@api.route("/me")
def me():
    return jsonify({"user": "current"})


@widgets.route("/embed/<int:widget_id>")
def embed(widget_id):
    return jsonify({"id": widget_id, "public": True})


@app.route("/account/billing")
# expect: cors-misconfig
@cross_origin(origins="*", supports_credentials=True)
def billing():
    return jsonify({"plan": "pro"})


@app.route("/account/settings")
@cross_origin(origins=TRUSTED_ORIGINS, supports_credentials=True)
def settings():
    return jsonify({"theme": "dark"})


app.register_blueprint(api)
app.register_blueprint(widgets)
app.register_blueprint(dashboard)
