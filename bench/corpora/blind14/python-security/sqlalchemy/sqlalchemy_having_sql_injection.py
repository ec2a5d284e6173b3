# library: SQLAlchemy ORM (group_by / having)
"""Aggregations for the seller dashboard."""
from sqlalchemy import func, literal_column, text

from .db import Session
from .models import Order


def busy_sellers(min_orders):
    with Session() as s:
        q = s.query(Order.seller_id, func.count(Order.id)).group_by(Order.seller_id)
        # expect: sql-injection
        return q.having(text(f"count(orders.id) > {min_orders}")).all()


def busy_sellers_safe(min_orders):
    with Session() as s:
        q = s.query(Order.seller_id, func.count(Order.id)).group_by(Order.seller_id)
        return q.having(func.count(Order.id) > int(min_orders)).all()


def sellers_over_total(threshold):
    with Session() as s:
        q = s.query(Order.seller_id).group_by(Order.seller_id)
        # expect: sql-injection
        return q.having(literal_column("sum(orders.total) > " + threshold)).all()


def sellers_over_total_bound(threshold):
    with Session() as s:
        q = s.query(Order.seller_id).group_by(Order.seller_id)
        return q.having(text("sum(orders.total) > :t").bindparams(t=threshold)).all()
