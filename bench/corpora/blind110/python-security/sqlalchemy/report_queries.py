"""Ad-hoc reporting queries for the admin dashboard."""
import sqlalchemy
import sqlalchemy as sa
from sqlalchemy import select, text

from .db import engine, Session
from .models import Invoice

ACTIVE_CUSTOMERS = "SELECT id, name FROM customers WHERE active = true"


def revenue_by_region(region):
    with engine.connect() as conn:
        # expect: sql-injection
        stmt = sqlalchemy.text(f"SELECT SUM(total) FROM invoices WHERE region = '{region}'")
        return conn.execute(stmt).scalar()


def invoices_sorted(sort_column, direction):
    session = Session()
    # expect: sql-injection
    query = sa.text("SELECT * FROM invoices ORDER BY " + sort_column + " " + direction)
    return session.execute(query).fetchall()


class CustomerReport:
    def __init__(self, conn):
        self.conn = conn

    def search(self, term):
        sql = "SELECT id, email FROM customers WHERE email LIKE '%{}%'".format(term)
        # expect: sql-injection
        return self.conn.execute(text(sql)).fetchall()

    def overdue(self, days):
        # expect: sql-injection
        clause = text("due_date < now() - interval '%s days'" % days)
        return self.conn.execute(select(Invoice).where(clause)).scalars().all()

    def by_id(self, invoice_id):
        stmt = text("SELECT * FROM invoices WHERE id = :id").bindparams(id=invoice_id)
        return self.conn.execute(stmt).first()

    def active(self):
        return self.conn.execute(text(ACTIVE_CUSTOMERS)).fetchall()


def unpaid_for(customer_id):
    with Session() as session:
        stmt = select(Invoice).where(Invoice.customer_id == customer_id, Invoice.paid.is_(False))
        return session.scalars(stmt).all()
