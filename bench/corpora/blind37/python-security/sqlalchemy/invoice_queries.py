"""Invoice queries for the billing back office (SQLAlchemy 1.3-era code and newer)."""
from sqlalchemy import MetaData, Table, create_engine, select, text
from sqlalchemy.ext.asyncio import create_async_engine

engine = create_engine("postgresql://billing@db/billing")
async_engine = create_async_engine("postgresql+asyncpg://billing@db/billing")
metadata = MetaData()
invoices = Table("invoices", metadata, autoload_with=engine)

BASE_SQL = "SELECT id, number, total FROM invoices WHERE deleted_at IS NULL"


def invoices_for(customer):
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute("SELECT * FROM invoices WHERE customer = '" + customer + "'").fetchall()


def overdue(days, currency):
    # expect: sql-injection
    return engine.execute("SELECT * FROM invoices WHERE due < now() - interval '%s days' AND currency = '%s'" % (days, currency)).fetchall()


def purge_drafts(db, user_id):
    # expect: sql-injection
    db.session.execute(f"DELETE FROM invoice_drafts WHERE user_id = {user_id}")
    db.session.commit()


def totals(columns, connection):
    query = "SELECT {} FROM invoice_totals GROUP BY currency".format(", ".join(columns))
    # expect: sql-injection
    result = connection.execute(query)
    return [dict(row) for row in result]


async def mark_paid(number, paid_by):
    stmt = f"UPDATE invoices SET paid = true, paid_by = '{paid_by}' WHERE number = '{number}'"
    async with async_engine.begin() as conn:
        # expect: sql-injection
        await conn.execute(text(stmt))


def listing(sort, conn):
    q = BASE_SQL + " ORDER BY " + sort
    # expect: sql-injection
    return conn.execute(q).fetchall()


def invoices_for_safe(customer):
    with engine.connect() as conn:
        return conn.execute(text("SELECT * FROM invoices WHERE customer = :c"), {"c": customer}).fetchall()


def invoices_core(customer):
    with engine.connect() as conn:
        return conn.execute(select(invoices).where(invoices.c.customer == customer)).fetchall()


def listing_safe(sort, conn):
    column = {"number": invoices.c.number, "total": invoices.c.total}.get(sort, invoices.c.id)
    return conn.execute(select(invoices).order_by(column)).fetchall()
