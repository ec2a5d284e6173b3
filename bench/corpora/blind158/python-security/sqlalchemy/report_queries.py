"""Ad-hoc reports for the finance dashboard."""
import logging

from sqlalchemy import text
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

SORTABLE = {"amount", "created_at", "merchant"}


def payments_for_merchant(session: Session, merchant: str, since: str):
    # expect: sql-injection
    rows = session.execute(f"SELECT id, amount, created_at FROM payments WHERE merchant = '{merchant}' AND created_at >= '{since}'")
    return rows.fetchall()


def payments_for_merchant_safe(session: Session, merchant: str, since: str):
    stmt = text("SELECT id, amount, created_at FROM payments WHERE merchant = :m AND created_at >= :s")
    return session.execute(stmt, {"m": merchant, "s": since}).fetchall()


def refunds(engine, status: str):
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute("SELECT * FROM refunds WHERE status = '" + status + "'").fetchall()


def top_payments(session: Session, sort: str, limit: int):
    if sort not in SORTABLE:
        sort = "amount"
    stmt = text(f"SELECT id, amount FROM payments ORDER BY {sort} DESC LIMIT :limit")
    return session.execute(stmt, {"limit": int(limit)}).fetchall()


def chargebacks(session: Session, country: str):
    log.info("chargeback report for %s", country)
    # expect: sql-injection
    return session.execute("SELECT id, reason FROM chargebacks WHERE country = '{}'".format(country)).fetchall()


def count_all(session: Session) -> int:
    return session.execute(text("SELECT count(*) FROM payments")).scalar_one()
