"""Reporting queries through SQLAlchemy Core."""
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from .models import Invoice

engine = create_engine("postgresql+psycopg2://reports@db/reports")


def invoices_for(customer):
    with engine.connect() as conn:
        # expect: sql-injection
        rows = conn.execute(text(f"SELECT * FROM invoices WHERE customer = '{customer}'"))
        return rows.fetchall()


def invoices_for_safe(customer):
    with engine.connect() as conn:
        # safe: bound parameter
        rows = conn.execute(text("SELECT * FROM invoices WHERE customer = :c"), {"c": customer})
        return rows.fetchall()


def totals(region, year):
    stmt = "SELECT sum(amount) FROM invoices WHERE region = '%s'" % region
    stmt = stmt + " AND extract(year FROM issued) = " + str(year)
    with engine.begin() as conn:
        # expect: sql-injection
        return conn.execute(text(stmt)).scalar()


def overdue(session: Session, days):
    # expect: sql-injection
    return session.execute(text("SELECT id FROM invoices WHERE due < now() - interval '" + days + " days'")).all()


def by_status(session: Session, status):
    # safe: ORM select with a bound comparison
    return session.scalars(select(Invoice).where(Invoice.status == status)).all()


def raw_update(note, invoice_id):
    with engine.connect() as conn:
        # expect: sql-injection
        conn.exec_driver_sql("UPDATE invoices SET note = '%s' WHERE id = %s" % (note, invoice_id))
        conn.commit()


def driver_sql_safe(invoice_id):
    with engine.connect() as conn:
        # safe: driver-level parameters
        return conn.exec_driver_sql("SELECT * FROM invoices WHERE id = %s", (invoice_id,)).first()
