"""Admin search and listing for users and orders (Flask-SQLAlchemy)."""
from flask import Blueprint, jsonify, request
from sqlalchemy import desc, func, text

from .extensions import db
from .models import Order, User

bp = Blueprint("admin_search", __name__)

SORT_COLUMNS = {"name": User.name, "created": User.created_at}


def users_named(name):
    # expect: sql-injection
    return db.session.query(User).filter("name = '{}'".format(name)).all()


def users_sorted(column, direction="asc"):
    # expect: sql-injection
    return User.query.order_by(text("{} {}".format(column, direction))).all()


def big_customers(min_orders):
    return (
        db.session.query(Order.customer_id, func.count(Order.id))
        .group_by(Order.customer_id)
        # expect: sql-injection
        .having(text("count(orders.id) > %s" % min_orders))
        .all()
    )


def orders_by(session, field):
    # expect: sql-injection
    return session.query(Order).join(User).group_by(text(f"orders.{field}")).all()


def distinct_values(session, column):
    query = session.query(Order)
    # expect: sql-injection
    return query.distinct(text("orders.{}".format(column))).all()


@bp.get("/admin/users")
def list_users():
    name = request.args.get("name", "")
    users = User.query.filter(User.name == name).order_by(desc(User.created_at)).all()
    return jsonify([u.id for u in users])


def users_by_email(email):
    return db.session.query(User).filter(text("email = :email")).params(email=email).all()


def users_sorted_safe(column):
    return User.query.order_by(SORT_COLUMNS.get(column, User.created_at)).all()


def orders_since(day):
    return Order.query.filter(text("created_at >= :day").bindparams(day=day)).all()
