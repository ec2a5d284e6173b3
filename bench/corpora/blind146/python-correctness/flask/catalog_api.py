"""Catalog API: listing, search and filters."""
import logging

from flask import Flask, jsonify, request

log = logging.getLogger(__name__)
app = Flask(__name__)

PRODUCTS = [
    {"id": 1, "name": "Kettle", "price": 25, "tags": ["kitchen"]},
    {"id": 2, "name": "Toaster", "price": 40, "tags": ["kitchen", "sale"]},
]


@app.route("/products", methods=["GET"])
def list_products():
    limit = request.args.get("limit", 20, type=int)
    return jsonify(PRODUCTS[:limit])


@app.route("/products/search", methods=["GET"])
def search_products():
    # expect: request-body-in-get
    criteria = request.json
    words = criteria.get("q", "").lower().split()
    hits = [p for p in PRODUCTS if all(w in p["name"].lower() for w in words)]
    return jsonify(hits)


@app.route("/products/filter", methods=["GET"])
def filter_products():
    # expect: request-body-in-get
    form = request.form
    tag = form.get("tag")
    return jsonify([p for p in PRODUCTS if tag in p["tags"]])


@app.get("/products/export")
def export_products():
    # expect: request-body-in-get
    raw = request.data
    fields = raw.decode().split(",") if raw else ["id", "name"]
    return jsonify([{f: p.get(f) for f in fields} for p in PRODUCTS])


@app.route("/products", methods=["POST"])
def create_product():
    payload = request.json
    product = {"id": len(PRODUCTS) + 1, "name": payload["name"], "price": payload["price"], "tags": []}
    PRODUCTS.append(product)
    log.info("created product %s", product["id"])
    return jsonify(product), 201


@app.route("/products/<int:pid>/tags", methods=["POST"])
def tag_product(pid):
    form = request.form
    PRODUCTS[pid - 1]["tags"].append(form["tag"])
    return jsonify(PRODUCTS[pid - 1])


@app.route("/products/by-tag", methods=["GET"])
def by_tag():
    tag = request.args.get("tag", "")
    return jsonify([p for p in PRODUCTS if tag in p["tags"]])
