"""Catalog endpoints with Flask-Caching."""
from flask import Blueprint, Flask, jsonify, request
from flask_caching import Cache

app = Flask(__name__)
cache = Cache(app, config={"CACHE_TYPE": "SimpleCache"})
bp = Blueprint("admin", __name__)

from .store import catalog  # noqa: E402


@app.route("/search")
# expect: cache-query-string
@cache.cached(timeout=60)
def search():
    term = request.args.get("q", "")
    return jsonify(catalog.search(term))


@app.route("/products")
# expect: cache-query-string
@cache.cached(timeout=300)
def products():
    page = int(request.args["page"])
    return jsonify(catalog.page(page))


@app.route("/products", methods=["POST"])
# expect: cache-query-string
@cache.cached(timeout=30)
def create_product():
    return jsonify(catalog.create(request.get_json())), 201


@app.route("/products/<int:pid>", methods=["PUT", "PATCH"])
# expect: cache-query-string
@cache.cached()
def update_product(pid):
    return jsonify(catalog.update(pid, request.get_json()))


@bp.route("/products/<int:pid>", methods=["DELETE"])
# expect: cache-query-string
@cache.cached(timeout=10)
def delete_product(pid):
    catalog.delete(pid)
    return "", 204


@app.route("/categories")
@cache.cached(timeout=600, query_string=True)
def categories():
    parent = request.args.get("parent")
    return jsonify(catalog.categories(parent))


@app.route("/featured")
@cache.cached(timeout=600)
def featured():
    return jsonify(catalog.featured())
