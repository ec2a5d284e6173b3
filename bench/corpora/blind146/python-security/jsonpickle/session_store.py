"""Cart persistence between requests for the legacy shop front."""
import base64
import json
import logging

import jsonpickle
from flask import Flask, request, make_response, jsonify

log = logging.getLogger(__name__)
app = Flask(__name__)


class Cart:
    def __init__(self):
        self.items = []


@app.route("/cart")
def show_cart():
    raw = request.cookies.get("cart")
    if not raw:
        return jsonify(items=[])
    # expect: deserialization
    cart = jsonpickle.decode(base64.b64decode(raw).decode())
    return jsonify(items=cart.items)


@app.route("/cart", methods=["PUT"])
def replace_cart():
    # expect: deserialization
    cart = jsonpickle.decode(request.get_data(as_text=True))
    resp = make_response(jsonify(items=cart.items))
    resp.set_cookie("cart", base64.b64encode(jsonpickle.encode(cart).encode()).decode(), httponly=True, secure=True)
    return resp


@app.route("/cart/import", methods=["POST"])
def import_cart():
    upload = request.files["cart_file"]
    # expect: deserialization
    cart = jsonpickle.decode(upload.read().decode("utf-8"))
    log.info("imported %d items", len(cart.items))
    return jsonify(items=cart.items)


@app.route("/cart/prefs", methods=["POST"])
def save_prefs():
    prefs = json.loads(request.get_data(as_text=True))
    return jsonify(saved=sorted(prefs))


def snapshot(cart):
    return jsonpickle.encode(cart, unpicklable=False)
