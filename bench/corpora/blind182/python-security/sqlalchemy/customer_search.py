"""Customer search for the back office (SQLAlchemy 1.3 ORM)."""
from sqlalchemy import bindparam, text

from .db import Session
from .models import Customer, Order

SORT_COLUMNS = {"name": Customer.name, "created": Customer.created_at}


def by_email_domain(session, domain):
    # expect: sql-injection
    return session.query(Customer).filter("email LIKE '%@{}'".format(domain)).all()


def order_totals(session, group):
    # expect: sql-injection
    return session.query(Order).group_by("{}".format(group)).all()


def by_name(session, name):
    return session.query(Customer).filter(Customer.name.ilike(f"%{name}%")).all()


def by_city(session, city):
    stmt = text("city = :city").bindparams(bindparam("city", city))
    return session.query(Customer).filter(stmt).all()


def sorted_customers(session, sort):
    column = SORT_COLUMNS.get(sort, Customer.name)
    return session.query(Customer).order_by(column).limit(100).all()


def recent_orders(session, customer_id, days):
    return (
        session.query(Order)
        .filter(Order.customer_id == customer_id)
        .filter(text("created_at > now() - :days * interval '1 day'").params(days=int(days)))
        .all()
    )


def search(term, domain=None):
    session = Session()
    try:
        if domain:
            return by_email_domain(session, domain)
        return by_name(session, term)
    finally:
        session.close()


def totals_for_request(args):
    session = Session()
    try:
        return order_totals(session, args.get("group", "status"))
    finally:
        session.close()
