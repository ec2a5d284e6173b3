"""Reporting queries on SQLAlchemy Core (no ORM): dashboards and CSV exports."""
from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy import text, select, func, literal_column, bindparam

metadata = sa.MetaData()
orders = sa.Table(
    "orders", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("customer_id", sa.Integer),
    sa.Column("status", sa.String),
    sa.Column("total", sa.Numeric),
    sa.Column("created_at", sa.Date),
)
SORTABLE = {"total": orders.c.total, "created": orders.c.created_at}


def revenue_by_day(conn, start: date, end: date):
    stmt = text("SELECT created_at, sum(total) FROM orders WHERE created_at BETWEEN :s AND :e GROUP BY 1")
    return conn.execute(stmt, {"s": start, "e": end}).all()


def orders_for_status(conn, status: str):
    # expect: sql-injection
    return conn.execute(text(f"SELECT * FROM orders WHERE status = '{status}'")).all()


def orders_sorted(conn, sort: str, direction: str = "asc"):
    column = SORTABLE.get(sort, orders.c.created_at)
    order = column.desc() if direction == "desc" else column.asc()
    return conn.execute(select(orders).order_by(order).limit(100)).all()


def orders_sorted_legacy(conn, sort: str):
    # expect: sql-injection
    return conn.execute(text("SELECT * FROM orders ORDER BY %s" % sort)).all()


def search_customers(conn, term: str):
    stmt = select(orders.c.customer_id).where(orders.c.status.ilike(bindparam("t")))
    return conn.execute(stmt, {"t": f"%{term}%"}).scalars().all()


def count_where(conn, status: str, min_total: int):
    stmt = select(func.count()).select_from(orders).where(orders.c.status == status, orders.c.total >= min_total)
    return conn.execute(stmt).scalar_one()


def bulk_status(conn, ids: list[int], status: str):
    placeholders = ", ".join(f":id{i}" for i in range(len(ids)))
    params = {f"id{i}": v for i, v in enumerate(ids)}
    params["status"] = status
    conn.execute(text(f"UPDATE orders SET status = :status WHERE id IN ({placeholders})"), params)


def tenant_totals(conn, tenant: str):
    schema = f"tenant_{tenant}"
    label = "total_" + tenant
    window = "30 days"
    # expect: sql-injection
    return conn.exec_driver_sql("SELECT sum(total) AS %s FROM %s.orders WHERE created_at > now() - interval '%s'" % (label, schema, window)).scalar()


def csv_export(conn, cursor_factory, customer_id: int):
    raw = conn.connection.cursor()
    raw.execute("SELECT * FROM orders WHERE customer_id = %s", (customer_id,))
    return raw.fetchall()


def status_histogram(conn):
    return conn.execute(select(orders.c.status, literal_column("count(*)")).group_by(orders.c.status)).all()
