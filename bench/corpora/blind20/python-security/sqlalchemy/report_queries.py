"""Ad-hoc reporting queries for the finance dashboard (SQLAlchemy 2.0 Core)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.engine import Engine

SORTABLE = {"created": "created_at", "amount": "amount_cents", "customer": "customer_name"}
STATUS_TABLES = {"open": "open_invoices", "paid": "paid_invoices"}


class InvoiceReports:
    def __init__(self, dsn: str) -> None:
        self.engine: Engine = create_engine(dsn, pool_pre_ping=True)

    def by_customer(self, customer: str) -> list[dict]:
        with self.engine.connect() as conn:
            # expect: sql-injection
            rows = conn.execute(text(f"SELECT * FROM invoices WHERE customer_name = '{customer}'"))
            return [dict(r._mapping) for r in rows]

    def by_customer_bound(self, customer: str) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT * FROM invoices WHERE customer_name = :c"), {"c": customer})
            return [dict(r._mapping) for r in rows]

    def between(self, start: date, end: date, sort: str) -> list[dict]:
        column = SORTABLE.get(sort, "created_at")
        stmt = text(f"SELECT * FROM invoices WHERE issued_on BETWEEN :a AND :b ORDER BY {column}")
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt, {"a": start, "b": end})]

    def search(self, term: str, sort: str) -> list[dict]:
        sql = "SELECT id, customer_name FROM invoices WHERE memo LIKE '%" + term + "%'"
        sql += " ORDER BY " + sort
        with self.engine.connect() as conn:
            # expect: sql-injection
            return [dict(r._mapping) for r in conn.execute(text(sql))]

    def in_status(self, status: str) -> int:
        table = STATUS_TABLES[status]
        with self.engine.connect() as conn:
            return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()

    def for_ids(self, ids: list[int]) -> list[dict]:
        stmt = text("SELECT * FROM invoices WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt, {"ids": ids})]

    def mark_paid(self, invoice_no: str, reference: str) -> None:
        with self.engine.begin() as conn:
            # expect: sql-injection
            conn.execute(text("UPDATE invoices SET paid = true, ref = '%s' WHERE number = '%s'" % (reference, invoice_no)))

    def mark_void(self, invoice_no: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(text("UPDATE invoices SET void = true WHERE number = :n"), {"n": invoice_no})
