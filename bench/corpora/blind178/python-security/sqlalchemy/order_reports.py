"""Order report queries for the warehouse app (SQLAlchemy 1.3, legacy Query API)."""
from sqlalchemy import desc, func, text

from .models import Order, OrderLine, Product, Session

SORTS = {"date": Order.created_at, "total": Order.total_cents, "customer": Order.customer_name}


def orders_with_status(status, limit=100):
    session = Session()
    # expect: sql-injection
    return session.query(Order).filter("status = '{}'".format(status)).limit(limit).all()


def orders_sorted(sort_key, direction):
    session = Session()
    column = SORTS.get(sort_key, Order.created_at)
    ordering = desc(column) if direction == "desc" else column
    return session.query(Order).order_by(ordering).limit(200).all()


def orders_for_customer(name):
    session = Session()
    return session.query(Order).filter(Order.customer_name.ilike(f"%{name}%")).all()


def revenue_by_product(min_units):
    session = Session()
    return (
        session.query(Product.sku, func.sum(OrderLine.quantity).label("units"))
        .join(OrderLine, OrderLine.product_id == Product.id)
        .group_by(Product.sku)
        .having(func.sum(OrderLine.quantity) >= min_units)
        .all()
    )


def products_grouped(group_column):
    session = Session()
    # expect: sql-injection
    return session.query(Product.category, func.count(Product.id)).group_by("{}".format(group_column)).all()


def cheap_products(max_price):
    session = Session()
    return session.query(Product).filter(text("price_cents < :p")).params(p=int(max_price)).all()


def recent_orders(days):
    session = Session()
    clause = text("created_at > now() - make_interval(days => :d)").bindparams(d=int(days))
    return session.query(Order).filter(clause).order_by(Order.created_at.desc()).all()
