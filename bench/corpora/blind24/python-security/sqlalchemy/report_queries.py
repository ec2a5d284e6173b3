"""Reporting queries for the billing dashboard (SQLAlchemy 1.4 / 2.0 style)."""
from datetime import date

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

ALLOWED_SORT = {"created": "created_at", "amount": "amount_cents", "customer": "customer_id"}


def invoices_for_customer(session: Session, customer_id: str):
    stmt = text("SELECT id, amount_cents, status FROM invoices WHERE customer_id = :cid")
    return session.execute(stmt, {"cid": customer_id}).mappings().all()


def invoices_by_status(session: Session, status: str):
    # expect: sql-injection
    return session.execute(text(f"SELECT id, amount_cents FROM invoices WHERE status = '{status}'")).all()


def search_customers(session: Session, term: str, limit: int = 50):
    stmt = text("SELECT id, name FROM customers WHERE name ILIKE :pattern LIMIT :limit")
    stmt = stmt.bindparams(bindparam("pattern"), bindparam("limit"))
    return session.execute(stmt, {"pattern": f"%{term}%", "limit": limit}).all()


def revenue_between(session: Session, start: date, end: date, currency: str):
    # expect: sql-injection
    query = text("SELECT SUM(amount_cents) FROM invoices WHERE currency = '%s' AND issued_on BETWEEN :s AND :e" % currency)
    return session.execute(query, {"s": start, "e": end}).scalar()


def sorted_invoices(session: Session, sort_key: str):
    column = ALLOWED_SORT.get(sort_key, "created_at")
    return session.execute(text(f"SELECT id, amount_cents FROM invoices ORDER BY {column} DESC")).all()


def delete_drafts_older_than(engine, table: str, days: int):
    with engine.begin() as conn:
        # expect: sql-injection
        conn.execute(text("DELETE FROM {} WHERE status = 'draft' AND created_at < now() - interval '{} days'".format(table, days)))


def vacuum(engine):
    with engine.connect() as conn:
        conn.exec_driver_sql("VACUUM ANALYZE invoices")


def tag_invoice(engine, invoice_id: int, tag: str):
    with engine.begin() as conn:
        # expect: sql-injection
        conn.exec_driver_sql(f"UPDATE invoices SET tags = array_append(tags, '{tag}') WHERE id = {invoice_id}")


def tag_invoice_safely(engine, invoice_id: int, tag: str):
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE invoices SET tags = array_append(tags, %(tag)s) WHERE id = %(id)s", {"tag": tag, "id": invoice_id})
