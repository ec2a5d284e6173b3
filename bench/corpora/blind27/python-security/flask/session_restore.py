"""Restores a saved cart that the client posts back."""
import base64
import json
import pickle

import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cart/restore", methods=["POST"])
def restore_cart():
    blob = base64.b64decode(request.form["cart"])
    # expect: unsafe-deserialization
    cart = pickle.loads(blob)
    return jsonify(items=len(cart))


@app.route("/cart/import", methods=["POST"])
def import_cart():
    # expect: unsafe-deserialization
    cart = yaml.load(request.data, Loader=yaml.Loader)
    return jsonify(items=len(cart))


@app.route("/cart/restore-json", methods=["POST"])
def restore_cart_json():
    cart = json.loads(base64.b64decode(request.form["cart"]))
    return jsonify(items=len(cart))


@app.route("/cart/import-safe", methods=["POST"])
def import_cart_safe():
    cart = yaml.safe_load(request.data)
    return jsonify(items=len(cart))
