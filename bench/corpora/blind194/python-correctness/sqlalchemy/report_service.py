"""Numbers for the admin dashboard and the nightly CSV import (Flask-SQLAlchemy)."""
import csv
from datetime import date, timedelta

from sqlalchemy import func

from .extensions import db
from .models import Customer, Order, Refund


def dashboard_counts(today=None):
    today = today or date.today()
    week_ago = today - timedelta(days=7)
    open_orders = Order.query.filter(Order.status == "open")
    # expect: orm-performance
    open_count = len(open_orders.all())
    new_customers = Customer.query.filter(Customer.created_at >= week_ago).count()
    refund_total = db.session.query(func.coalesce(func.sum(Refund.amount), 0)).scalar()
    return {"open": open_count, "new_customers": new_customers, "refunds": refund_total}


def top_customers(limit=10):
    rows = (
        db.session.query(Customer, func.count(Order.id).label("n"))
        .join(Order)
        .group_by(Customer.id)
        .order_by(func.count(Order.id).desc())
        .limit(limit)
        .all()
    )
    return [(c.email, n) for c, n in rows]


def late_orders_page(page, per_page=50):
    query = Order.query.filter(Order.due_date < date.today(), Order.status != "shipped")
    items = query.offset((page - 1) * per_page).limit(per_page).all()
    return {"items": items, "shown": len(items), "total": query.count()}


def import_customers(path):
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        # expect: orm-performance
        for row in reader:
            db.session.add(Customer(email=row["email"].strip().lower(), name=row["name"].strip()))
    db.session.commit()


def import_orders(path):
    with open(path, newline="", encoding="utf-8") as fh:
        orders = [Order(customer_id=int(r["customer_id"]), total=r["total"]) for r in csv.DictReader(fh)]
    db.session.add_all(orders)
    db.session.commit()
    return len(orders)
