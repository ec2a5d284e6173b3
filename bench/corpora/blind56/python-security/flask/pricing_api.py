"""Price filters and toggles for the catalogue API (Flask)."""
import math

from flask import Flask, abort, jsonify, request

from .models import Product

app = Flask(__name__)


@app.route("/api/products")
def list_products():
    # expect: input-validation
    max_price = float(request.args.get("max_price", "1e9"))
    products = [p for p in Product.all() if p.price <= max_price]
    return jsonify([p.to_dict() for p in products])


@app.route("/api/cart/add", methods=["POST"])
def add_to_cart():
    # expect: input-validation
    quantity = float(request.form["quantity"])
    if quantity <= 0 or quantity > 100:
        abort(400)
    return jsonify(added=quantity)


@app.route("/api/discount/<rate>")
def apply_discount(rate):
    # expect: input-validation
    factor = 1 - float(rate)
    return jsonify(prices=[round(p.price * factor, 2) for p in Product.all()])


@app.route("/api/products/visibility", methods=["POST"])
def set_visibility():
    # expect: input-validation
    visible = bool(request.form.get("visible"))
    Product.set_all_visible(visible)
    return jsonify(visible=visible)


@app.route("/api/signal")
def signal():
    # expect: input-validation
    z = complex(request.args["z"])
    return jsonify(magnitude=abs(z))


@app.route("/api/products/page")
def page():
    page_no = int(request.args.get("page", "1"))
    size = min(int(request.args.get("size", "20")), 100)
    items = Product.all()[(page_no - 1) * size : page_no * size]
    return jsonify([p.to_dict() for p in items])


@app.route("/api/products/under")
def under():
    limit = float(request.args.get("limit", "0"))
    if not math.isfinite(limit):
        abort(400)
    return jsonify([p.to_dict() for p in Product.all() if p.price < limit])
