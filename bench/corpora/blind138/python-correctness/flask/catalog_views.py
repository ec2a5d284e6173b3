"""Catalog pages, cached with Flask-Caching."""
from flask import Flask, jsonify, request
from flask_caching import Cache

from .catalog import Product, search_products

app = Flask(__name__)
cache = Cache(app, config={"CACHE_TYPE": "SimpleCache", "CACHE_DEFAULT_TIMEOUT": 300})


@app.route("/products")
# expect: cache-query-string
@cache.cached(timeout=120)
def list_products():
    page = int(request.args.get("page", 1))
    return jsonify([p.to_dict() for p in Product.page(page)])


@app.route("/search")
@cache.cached(timeout=60, query_string=True)
def search():
    return jsonify(search_products(request.args.get("q", "")))


@app.route("/products", methods=["POST"])
# expect: cache-query-string
@cache.cached(timeout=60)
def create_product():
    product = Product.create(**request.json)
    return jsonify(product.to_dict()), 201


@app.route("/products/<int:pid>", methods=["DELETE"])
# expect: cache-query-string
@cache.cached()
def delete_product(pid):
    Product.delete(pid)
    return "", 204


@app.route("/categories")
@cache.cached(timeout=600)
def categories():
    return jsonify(Product.categories())
