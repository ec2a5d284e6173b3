"""Order pages of the shop front."""
from flask import Blueprint, Flask, jsonify, render_template

from .models import Order

app = Flask(__name__)
admin = Blueprint("admin", __name__, url_prefix="/admin")
reports = Blueprint("reports", __name__, url_prefix="/reports")


@app.route("/orders")
def list_orders():
    return render_template("orders.html", orders=Order.query.all())


# expect: duplicate-handler
@app.route("/orders/archived")
def list_orders():
    return render_template("orders.html", orders=Order.query.filter_by(archived=True))


@app.get("/orders/<int:order_id>")
def order_detail(order_id):
    return render_template("order.html", order=Order.query.get_or_404(order_id))


# expect: duplicate-handler
@app.get("/api/orders/<int:order_id>")
def order_detail(order_id):
    return jsonify(Order.query.get_or_404(order_id).to_dict())


@admin.route("/refunds")
def refunds():
    return render_template("admin/refunds.html")


# expect: duplicate-handler
@admin.route("/refunds/pending")
def refunds():
    return render_template("admin/refunds.html", pending=True)


@app.route("/cart")
@app.route("/basket")
def cart():
    return render_template("cart.html")


@reports.route("/refunds")
def refund_report():
    return render_template("reports/refunds.html")


@app.route("/orders/export", endpoint="orders_export_csv")
def export_orders():
    return "csv"


@app.route("/orders/export.json", endpoint="orders_export_json")
def export_orders_json():
    return jsonify([])
