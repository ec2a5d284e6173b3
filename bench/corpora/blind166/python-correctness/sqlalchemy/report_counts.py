"""Dashboard counters and the nightly import for the shop admin."""
import csv
from datetime import date, timedelta

from .app import db
from .models import Customer, Order, Product


def open_order_count(shop_id):
    return Order.query.filter_by(shop_id=shop_id, status="open").count()


def refunds_this_week(shop_id):
    since = date.today() - timedelta(days=7)
    # expect: query-performance
    return len(Order.query.filter(Order.shop_id == shop_id, Order.refunded_at >= since).all())


def customers_with_orders(shop_id):
    customers = Customer.query.filter(Customer.shop_id == shop_id, Customer.orders.any()).all()
    names = [c.display_name for c in customers]
    return len(customers), names


def dashboard(shop_id):
    return {
        "open": open_order_count(shop_id),
        "refunds": refunds_this_week(shop_id),
        # expect: query-performance
        "products": len(Product.query.filter_by(shop_id=shop_id, archived=False).all()),
    }


def import_products(shop_id, path):
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    # expect: query-performance
    for row in rows:
        db.session.add(Product(shop_id=shop_id, sku=row["sku"], name=row["name"], price=row["price"]))
    db.session.commit()


def import_customers(shop_id, records):
    db.session.add_all([Customer(shop_id=shop_id, email=r["email"], display_name=r["name"]) for r in records])
    db.session.commit()


def archive_product(product_id):
    product = Product.query.get(product_id)
    product.archived = True
    db.session.add(product)
    db.session.commit()


def reprice(shop_id, factor):
    for product in Product.query.filter_by(shop_id=shop_id):
        product.price = round(product.price * factor, 2)
    db.session.commit()
