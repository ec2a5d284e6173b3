"""Report queries with SQLAlchemy's legacy Query API."""
from sqlalchemy import text
from sqlalchemy.orm import Session

from .models import Order, Customer


def orders_sorted(session: Session, sort_column):
    # expect: sql-injection
    return session.query(Order).order_by("{} DESC".format(sort_column)).all()


def orders_for(session, customer_name):
    return (
        session.query(Order)
        .join(Customer)
        # expect: sql-injection
        .filter("customers.name = '%s'".format(customer_name))
        .all()
    )


def totals_by(db, group_column, minimum):
    return (
        db.query(Order.status)
        # expect: sql-injection
        .group_by("{}".format(group_column))
        .all()
    )


def big_groups(query, minimum):
    # expect: sql-injection
    return query.having("count(*) > {}".format(minimum)).all()


def distinct_on(session, column):
    # expect: sql-injection
    return session.query(Order).distinct("{}".format(column)).all()


SORTABLE = {"date": Order.created_at, "total": Order.total}


def safe_reports(session, customer_name, sort):
    by_name = session.query(Order).filter(text("customers.name = :n").bindparams(n=customer_name))
    ordered = session.query(Order).order_by(SORTABLE.get(sort, Order.created_at).desc())
    return by_name.all(), ordered.all()
