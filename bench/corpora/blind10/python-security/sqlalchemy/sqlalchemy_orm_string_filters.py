# library: SQLAlchemy ORM (filter / order_by / group_by with text)
"""Listing queries for the admin search page."""
from sqlalchemy import asc, desc, select, text

from .models import Order

SORTABLE = {"created": Order.created_at, "total": Order.total}


def search(session, customer_name):
    # expect: sql-injection
    return session.query(Order).filter(text(f"customer_name = '{customer_name}'")).all()


def search_safe(session, customer_name):
    return session.query(Order).filter(Order.customer_name == customer_name).all()


def sorted_orders(session, column, direction):
    # expect: sql-injection
    return session.execute(select(Order).order_by(text(column + " " + direction))).scalars().all()


def sorted_orders_safe(session, column, direction):
    col = SORTABLE.get(column, Order.created_at)
    return session.execute(select(Order).order_by(desc(col) if direction == "desc" else asc(col))).scalars().all()


def totals_by(session, field):
    # expect: sql-injection
    return session.query(Order).group_by(text(field)).having(text("sum(total) > 0")).all()


def search_bound(session, customer_name):
    return session.query(Order).filter(text("customer_name = :n")).params(n=customer_name).all()
