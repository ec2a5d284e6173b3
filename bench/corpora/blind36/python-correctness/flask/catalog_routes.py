"""Catalogue pages."""
from flask import Blueprint, Flask, abort, jsonify

app = Flask(__name__)
bp = Blueprint("users", __name__)

ITEMS = {1: {"name": "kettle"}}


@app.route("/items/<int:item_id>")
# expect: route-param-mismatch
def show_item(id):
    item = ITEMS.get(id) or abort(404)
    return jsonify(item)


@app.route("/shops/<shop>/items/<int:item_id>/reviews")
# expect: route-param-mismatch
def item_reviews(shop, item):
    return jsonify(shop=shop, item=item, reviews=[])


@bp.route("/u/<username>")
# expect: route-param-mismatch
def profile(user):
    return jsonify(user=user)


@app.route(
    "/categories/<slug>/page/<int:page>",
    methods=["GET"],
)
# expect: route-param-mismatch
def category_page(slug, page_no):
    return jsonify(slug=slug, page=page_no)


@app.route("/list", defaults={"page": 1})
@app.route("/list/<int:page>")
def listing(page):
    return jsonify(page=page)


@app.route("/shops/<shop>/items/<int:item_id>")
def shop_item(shop, item_id):
    return jsonify(shop=shop, item=ITEMS.get(item_id))


app.register_blueprint(bp)
