"""Cached endpoints of the catalogue service (Flask-Caching)."""
from flask import Flask, jsonify, request
from flask_caching import Cache

from .models import Category, Product, Review

app = Flask(__name__)
cache = Cache(app, config={"CACHE_TYPE": "RedisCache", "CACHE_DEFAULT_TIMEOUT": 300})


@app.route("/api/search")
# expect: cache-misconfiguration
@cache.cached(timeout=120)
def search():
    term = request.args.get("q", "")
    page = int(request.args.get("page", "1"))
    return jsonify([p.to_dict() for p in Product.search(term, page=page)])


@app.route("/api/reviews", methods=["POST"])
# expect: cache-misconfiguration
@cache.cached(timeout=60)
def add_review():
    review = Review.create(request.get_json())
    return jsonify(review.to_dict()), 201


@app.route("/api/products/<int:pid>", methods=["GET", "PUT"])
# expect: cache-misconfiguration
@cache.cached(timeout=300)
def product(pid):
    item = Product.get(pid)
    if request.method == "PUT":
        item.update(request.get_json())
    return jsonify(item.to_dict())


@app.route("/api/products/<int:pid>/stock", methods=["PATCH", "DELETE"])
# expect: cache-misconfiguration
@cache.cached()
def stock(pid):
    Product.get(pid).adjust_stock(request.get_json() or {})
    return "", 204


@app.route("/api/categories")
@cache.cached(timeout=600)
def categories():
    return jsonify([c.to_dict() for c in Category.all()])


@app.route("/api/filter")
@cache.cached(timeout=120, query_string=True)
def filter_products():
    colour = request.args.get("colour")
    return jsonify([p.to_dict() for p in Product.filter(colour=colour)])


@cache.memoize(timeout=60)
def top_rated(limit):
    return [p.to_dict() for p in Product.top_rated(limit)]


@app.route("/api/top")
def top():
    return jsonify(top_rated(int(request.args.get("limit", "10"))))
