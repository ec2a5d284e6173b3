"""Invoice queries (SQLAlchemy Core)."""
from sqlalchemy import create_engine, text

engine = create_engine("postgresql+psycopg://billing@db/billing")


def invoice_lines(customer: str, statuses: list[str]) -> list[dict]:
    sql = "SELECT id, amount, status FROM invoices WHERE customer = :customer"
    if statuses:
        quoted = []
        for status in statuses:
            quoted.append("'" + status + "'")
        sql += " AND status IN (" + ", ".join(quoted) + ")"
    with engine.connect() as conn:
        # expect: sql-injection
        result = conn.execute(text(sql), {"customer": customer})
        return [dict(r._mapping) for r in result]


def invoice_lines_bound(customer: str, statuses: list[str]) -> list[dict]:
    params = {"customer": customer}
    sql = "SELECT id, amount, status FROM invoices WHERE customer = :customer"
    if statuses:
        names = []
        for i, status in enumerate(statuses):
            params[f"s{i}"] = status
            names.append(f":s{i}")
        sql += " AND status IN (" + ", ".join(names) + ")"
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text(sql), params)]


def invoice_total(invoice_id: int) -> int:
    with engine.connect() as conn:
        return conn.execute(text("SELECT total FROM invoices WHERE id = :id"), {"id": invoice_id}).scalar_one()
