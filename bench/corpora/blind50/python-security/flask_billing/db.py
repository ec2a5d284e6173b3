"""SQLAlchemy engine and queries for billing."""
import os

from sqlalchemy import bindparam, create_engine, text

engine = create_engine(os.environ.get("BILLING_DATABASE_URL", "postgresql+psycopg2://billing@localhost/billing"), pool_pre_ping=True)

STATUS_VALUES = ("open", "paid", "void")


def invoices_for(customer, status):
    with engine.connect() as conn:
        stmt = text("SELECT id, total FROM invoices WHERE customer_id = :cid AND status = :st")
        return conn.execute(stmt, {"cid": customer, "st": status}).all()


def invoices_where(clause):
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute(text("SELECT id, total FROM invoices WHERE " + clause)).all()


def invoices_in(ids):
    stmt = text("SELECT id, total FROM invoices WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    with engine.connect() as conn:
        return conn.execute(stmt, {"ids": list(ids)}).all()
