"""Catalogue pages with Flask-Caching."""
from flask import Flask, jsonify, render_template, request
from flask_caching import Cache

from .models import Category, Product, Review

app = Flask(__name__)
cache = Cache(app, config={"CACHE_TYPE": "RedisCache", "CACHE_DEFAULT_TIMEOUT": 120})


@app.route("/")
@cache.cached(timeout=300)
def home():
    return render_template("home.html", categories=Category.query.order_by(Category.name).all())


@app.route("/products")
# expect: cache-key-misses-query
@cache.cached(timeout=120)
def product_list():
    page = int(request.args.get("page", 1))
    products = Product.query.order_by(Product.name).paginate(page=page, per_page=24)
    return render_template("products.html", products=products)


@app.route("/search")
@cache.cached(timeout=60, query_string=True)
def search():
    q = request.args.get("q", "")
    return render_template("search.html", results=Product.search(q), q=q)


@app.route("/reviews", methods=["GET", "POST"])
# expect: cache-key-misses-query
@cache.cached(timeout=60)
def reviews():
    if request.method == "POST":
        Review.create(product_id=request.form["product_id"], text=request.form["text"])
    return jsonify([r.to_dict() for r in Review.latest(20)])


@app.route("/category/<slug>")
@cache.cached(timeout=300)
def category(slug):
    cat = Category.query.filter_by(slug=slug).first_or_404()
    return render_template("category.html", category=cat)


@app.route("/api/stock")
# expect: cache-key-misses-query
@cache.cached(timeout=30)
def stock():
    sku = request.args.get("sku")
    return jsonify({"sku": sku, "stock": Product.stock_for(sku)})
