"""Catalogue pages and API, cached with Flask-Caching."""
from flask import Blueprint, jsonify, render_template, request
from flask_caching import Cache

from .factory import app
from .models import Product, Review

cache = Cache(app, config={"CACHE_TYPE": "RedisCache", "CACHE_DEFAULT_TIMEOUT": 300})
api = Blueprint("api", __name__, url_prefix="/api")


@app.route("/products")
# expect: cache-query-string
@cache.cached(timeout=120)
def product_list():
    page = request.args.get("page", 1, type=int)
    category = request.args.get("category")
    products = Product.search(category=category, page=page)
    return render_template("products/list.html", products=products)


@app.route("/products/search")
@cache.cached(timeout=60, query_string=True)
def product_search():
    term = request.args.get("q", "")
    return render_template("products/search.html", results=Product.search(term=term))


@app.route("/reviews", methods=["GET", "POST"])
# expect: cache-query-string
@cache.cached(timeout=60)
def reviews():
    if request.method == "POST":
        Review.create(request.form)
    return render_template("reviews.html", reviews=Review.latest())


@app.route("/cart/<int:item_id>", methods=["DELETE"])
# expect: cache-query-string
@cache.cached()
def remove_from_cart(item_id):
    Product.remove_from_cart(item_id)
    return jsonify(ok=True)


@api.route("/products")
# expect: cache-query-string
@cache.cached(timeout=30)
def api_products():
    sort = request.args.get("sort", "name")
    return jsonify([p.as_dict() for p in Product.sorted_by(sort)])


@app.route("/about")
@cache.cached(timeout=3600)
def about():
    return render_template("about.html")


@app.route("/categories")
@cache.cached(timeout=600)
def categories():
    return jsonify([c.as_dict() for c in Product.categories()])
