"""Ad-hoc reporting queries for the finance dashboard."""
import sqlalchemy
from sqlalchemy import bindparam

ALLOWED_SORT = {"amount", "created_at", "customer"}


def invoices_for(conn, customer):
    # expect: sql-injection
    stmt = sqlalchemy.text(f"SELECT id, amount FROM invoices WHERE customer = '{customer}'")
    return conn.execute(stmt).fetchall()


def totals_since(conn, since):
    # expect: sql-injection
    stmt = sqlalchemy.text("SELECT SUM(amount) FROM invoices WHERE created_at >= '%s'" % since)
    return conn.execute(stmt).scalar()


def search(conn, term, region):
    # expect: sql-injection
    rows = conn.execute(sqlalchemy.text("SELECT * FROM customers WHERE region = '" + region + "' AND name LIKE :term"), {"term": f"%{term}%"})
    return rows.fetchall()


def invoices_safe(conn, customer):
    stmt = sqlalchemy.text("SELECT id, amount FROM invoices WHERE customer = :customer")
    return conn.execute(stmt, {"customer": customer}).fetchall()


def overdue(conn, days):
    stmt = sqlalchemy.text("SELECT id FROM invoices WHERE due < now() - :days * interval '1 day'").bindparams(bindparam("days", type_=sqlalchemy.Integer))
    return conn.execute(stmt, {"days": days}).fetchall()


def sorted_invoices(conn, sort):
    column = sort if sort in ALLOWED_SORT else "created_at"
    return conn.execute(sqlalchemy.text("SELECT * FROM invoices ORDER BY " + column)).fetchall()
