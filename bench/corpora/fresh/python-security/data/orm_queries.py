from sqlalchemy import create_engine, text, bindparam
from sqlalchemy.orm import Session

from .models import Order, engine

STATUS_COLUMNS = ("pending", "shipped", "cancelled")
BASE_QUERY = "SELECT id, status, total FROM orders"


def orders_by_status(session: Session, status: str):
    # expect: sql-injection
    return session.execute(text(f"SELECT * FROM orders WHERE status = '{status}'")).all()


def orders_by_status_bound(session: Session, status: str):
    return session.execute(text("SELECT * FROM orders WHERE status = :status"), {"status": status}).all()


def orders_in(session: Session, ids: list[int]):
    stmt = text("SELECT * FROM orders WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    return session.execute(stmt, {"ids": ids}).all()


def orders_constant(session: Session):
    return session.execute(text(BASE_QUERY + " WHERE status = 'pending'")).all()


def orders_for_region(session: Session, region: str):
    where = "region = '%s'" % region
    # expect: sql-injection
    q = text(BASE_QUERY + " WHERE " + where)
    return session.execute(q).all()


def totals_by(session: Session, column: str):
    # column comes from a query-string ?group=...
    # expect: sql-injection
    return session.execute(text("SELECT {0}, sum(total) FROM orders GROUP BY {0}".format(column))).all()


def raw_connection_report(customer: str):
    with engine.connect() as conn:
        # expect: sql-injection
        result = conn.exec_driver_sql("SELECT * FROM orders WHERE customer = '%s'" % customer)
        return result.fetchall()


def orm_filter(session: Session, customer: str):
    return session.query(Order).filter(Order.customer == customer).order_by(Order.created_at.desc()).all()


def orm_filter_text(session: Session, customer: str):
    # expect: sql-injection
    return session.query(Order).filter(text(f"customer = '{customer}'")).all()


def count_statuses(session: Session):
    parts = [f"sum(case when status = '{s}' then 1 else 0 end) AS {s}" for s in STATUS_COLUMNS]
    return session.execute(text("SELECT " + ", ".join(parts) + " FROM orders")).one()
