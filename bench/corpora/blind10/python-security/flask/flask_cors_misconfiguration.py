# library: Flask-Cors (CORS, cross_origin)
"""CORS setup for the public and account APIs."""
from flask import Flask, jsonify
from flask_cors import CORS, cross_origin

app = Flask(__name__)

CORS(app, resources={r"/public/*": {"origins": "*"}})
# expect: cors-misconfiguration
CORS(app, resources={r"/account/*": {"origins": "*"}}, supports_credentials=True)
CORS(app, resources={r"/partner/*": {"origins": ["https://partner.example.com"]}}, supports_credentials=True)


@app.get("/public/prices")
def prices():
    return jsonify([{"sku": "A1", "price": 10}])


@app.get("/account/me")
def me():
    return jsonify({"id": 1})


@app.get("/widgets/session")
# expect: cors-misconfiguration
@cross_origin(origins="*", supports_credentials=True)
def widget_session():
    return jsonify({"session": "active"})


@app.get("/widgets/config")
@cross_origin(origins=["https://cdn.example.com"], supports_credentials=True)
def widget_config():
    return jsonify({"theme": "light"})
