"""Report queries on SQLAlchemy Core."""
from sqlalchemy import bindparam, text


def revenue_for(engine, region):
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute(text("SELECT sum(amount) FROM invoices WHERE region = '" + region + "'")).scalar()


def top_customers(session, order_column, limit):
    stmt = f"SELECT name FROM customers ORDER BY {order_column} DESC LIMIT {limit}"
    # expect: sql-injection
    return session.execute(text(stmt)).all()


def revenue_for_bound(engine, region):
    with engine.connect() as conn:
        stmt = text("SELECT sum(amount) FROM invoices WHERE region = :region")
        return conn.execute(stmt, {"region": region}).scalar()


def customers_in(session, ids):
    stmt = text("SELECT name FROM customers WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    return session.execute(stmt, {"ids": ids}).all()
