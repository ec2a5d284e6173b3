"""Catalogue pages, cached with Flask-Caching."""
from flask import Flask, jsonify, render_template, request
from flask_caching import Cache

from .catalog import Product, search_products, top_sellers

app = Flask(__name__)
app.config.from_mapping(CACHE_TYPE="RedisCache", CACHE_DEFAULT_TIMEOUT=300)
cache = Cache(app)


@app.route("/")
@cache.cached(timeout=600)
def home():
    return render_template("home.html", products=top_sellers(12))


@app.route("/search")
# expect: stale-cache
@cache.cached(timeout=120)
def search():
    term = request.args.get("q", "")
    page = int(request.args.get("page", 1))
    return render_template("search.html", results=search_products(term, page=page), term=term)


@app.route("/products")
@cache.cached(timeout=120, query_string=True)
def product_list():
    category = request.args.get("category")
    return jsonify([p.to_dict() for p in Product.in_category(category)])


@app.route("/products/compare")
# expect: stale-cache
@cache.cached(timeout=300)
def compare():
    ids = request.args.get("ids", "").split(",")
    return jsonify([Product.get(i).to_dict() for i in ids if i])


@app.route("/cart/add", methods=["POST"])
# expect: stale-cache
@cache.cached(timeout=60)
def add_to_cart():
    product_id = request.form["product_id"]
    return jsonify(added=product_id)


@app.route("/products/<int:product_id>")
@cache.cached(timeout=300)
def product_detail(product_id):
    return render_template("product.html", product=Product.get(product_id))


@app.route("/newsletter", methods=["POST"])
def newsletter_signup():
    cache.delete("view//")
    return jsonify(ok=True)
