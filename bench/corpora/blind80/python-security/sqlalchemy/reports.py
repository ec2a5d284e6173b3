"""Reporting queries for the ops dashboard."""
import sqlalchemy
from sqlalchemy import bindparam, select, text
import sqlalchemy as sa

from .db import engine, orders_table

SORTABLE = {"created": "created_at", "total": "total_cents", "customer": "customer_id"}


def orders_for_customer(customer_id, status):
    # expect: sql-injection
    stmt = sqlalchemy.text(f"SELECT id, total_cents FROM orders WHERE customer_id = {customer_id} AND status = '{status}'")
    with engine.connect() as conn:
        return conn.execute(stmt).fetchall()


def search_orders(term):
    clause = "note LIKE '%" + term + "%'"
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute(sa.text("SELECT id FROM orders WHERE " + clause)).fetchall()


def revenue_by_day(start, end, region):
    query = "SELECT date(created_at) d, sum(total_cents) FROM orders WHERE region = '%s' GROUP BY d" % region
    with engine.connect() as conn:
        # expect: sql-injection
        rows = conn.execute(text(query)).fetchall()
    return [r for r in rows if start <= r[0] <= end]


def top_orders(sort_key, limit):
    column = SORTABLE.get(sort_key, "created_at")
    # expect: sql-injection
    stmt = text("SELECT id, {} FROM orders ORDER BY {} DESC LIMIT {}".format(column, column, limit))
    with engine.connect() as conn:
        return conn.execute(stmt).fetchall()


def orders_in_status(status):
    stmt = sqlalchemy.text("SELECT id FROM orders WHERE status = :status").bindparams(status=status)
    with engine.connect() as conn:
        return conn.execute(stmt).fetchall()


def order_totals(ids):
    stmt = text("SELECT id, total_cents FROM orders WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    with engine.connect() as conn:
        return conn.execute(stmt, {"ids": list(ids)}).fetchall()


def recent(limit=20):
    with engine.connect() as conn:
        return conn.execute(select(orders_table).order_by(orders_table.c.created_at.desc()).limit(limit)).fetchall()
