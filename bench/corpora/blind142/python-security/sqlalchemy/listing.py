"""Order listing queries (SQLAlchemy 1.3 ORM)."""
from sqlalchemy import func, text

from .models import Order, User

SORTS = {"newest": Order.created_at.desc(), "total": Order.total_cents.desc()}


def orders_by_status(session, status):
    # expect: sql-injection
    return session.query(Order).filter("status = '{}'".format(status)).all()


def orders_by_status_bound(session, status):
    return session.query(Order).filter(text("status = :status").bindparams(status=status)).all()


def orders_sorted(session, sort_col):
    # expect: sql-injection
    return session.query(Order).order_by("{} desc".format(sort_col)).limit(50).all()


def orders_sorted_safe(session, sort):
    return session.query(Order).order_by(SORTS.get(sort, Order.created_at.desc())).limit(50).all()


def busy_customers(session, min_count):
    # expect: sql-injection
    return session.query(Order.user_id, func.count(Order.id)).group_by(Order.user_id).having("count(*) > %s" % min_count).all()


def users_named(session, name):
    return session.query(User).filter(User.name == name).all()
