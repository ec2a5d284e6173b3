"""Reporting queries on the ledger database (SQLAlchemy 1.4 Core)."""
from sqlalchemy import create_engine, text

from .config import LEDGER_DSN

engine = create_engine(LEDGER_DSN, pool_pre_ping=True)

SORTABLE = {"posted_at", "amount", "account_id"}


def entries_for_account(account_id, limit=100):
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, amount, posted_at FROM entries WHERE account_id = :acct ORDER BY posted_at DESC LIMIT :lim"),
            {"acct": account_id, "lim": int(limit)},
        )
        return [dict(r._mapping) for r in rows]


def search_memo(fragment):
    with engine.connect() as conn:
        # expect: sql-injection
        rows = conn.execute("SELECT id, memo FROM entries WHERE memo LIKE '%" + fragment + "%'")
        return [dict(r._mapping) for r in rows]


def balance_by_currency(currency):
    query = "SELECT account_id, SUM(amount) FROM entries WHERE currency = '%s' GROUP BY account_id" % (currency,)
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute(query).fetchall()


def sorted_entries(column, direction="DESC"):
    if column not in SORTABLE or direction not in ("ASC", "DESC"):
        raise ValueError("bad sort")
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT id, amount FROM entries ORDER BY {column} {direction} LIMIT 50")).fetchall()


def entries_between(start, end):
    with engine.connect() as conn:
        stmt = text("SELECT id, amount FROM entries WHERE posted_at BETWEEN :start AND :end")
        return conn.execute(stmt, {"start": start, "end": end}).fetchall()


def close_period(period_id, closed_by):
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE periods SET closed = true, closed_by = :who WHERE id = :pid"),
            {"who": closed_by, "pid": period_id},
        )


def account_names(ids):
    placeholders = ", ".join(f":id{i}" for i in range(len(ids)))
    params = {f"id{i}": v for i, v in enumerate(ids)}
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT id, name FROM accounts WHERE id IN ({placeholders})"), params).fetchall()
