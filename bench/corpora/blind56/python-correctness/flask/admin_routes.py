"""Admin routes of the inventory app (Flask)."""
from flask import Blueprint, Flask, jsonify, request

from .models import Order, Product, User

app = Flask(__name__)
users_bp = Blueprint("users", __name__, url_prefix="/users")
orders_bp = Blueprint("orders", __name__, url_prefix="/orders")


@app.route("/admin/products")
def list_items():
    return jsonify([p.to_dict() for p in Product.query.all()])


@app.route("/admin/orders", methods=["GET"])
# expect: duplicate-handler
def list_items():
    return jsonify([o.to_dict() for o in Order.query.all()])


@app.route("/admin/products/<int:pid>", methods=["PUT"])
def update(pid):
    Product.query.get_or_404(pid).update(request.get_json())
    return "", 204


@app.route("/admin/users/<int:uid>", methods=["PUT"])
# expect: duplicate-handler
def update(uid):
    User.query.get_or_404(uid).update(request.get_json())
    return "", 204


@app.get("/admin/stats")
def stats():
    return jsonify(products=Product.query.count())


@app.get("/admin/stats/orders")
# expect: duplicate-handler
def stats():
    return jsonify(orders=Order.query.count())


@users_bp.route("/")
def index():
    return jsonify([u.to_dict() for u in User.query.all()])


@orders_bp.route("/")
def index():
    return jsonify([o.to_dict() for o in Order.query.all()])


@app.route("/admin/export/products", endpoint="export_products")
def export():
    return jsonify([p.to_dict() for p in Product.query.all()])


@app.route("/admin/export/orders", endpoint="export_orders")
def export():
    return jsonify([o.to_dict() for o in Order.query.all()])


@app.route("/admin")
@app.route("/admin/home")
def admin_home():
    return jsonify(ok=True)


app.register_blueprint(users_bp)
app.register_blueprint(orders_bp)
