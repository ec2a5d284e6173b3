# library: SQLAlchemy (Core, text())
"""Order repository helpers built on SQLAlchemy text() queries."""
from sqlalchemy import bindparam, create_engine, text

engine = create_engine("postgresql+psycopg2://app@localhost/shop", pool_pre_ping=True)


def order_by_number(number):
    with engine.connect() as conn:
        return conn.execute(text("SELECT * FROM orders WHERE number = :n"), {"n": number}).first()


def orders_for_email(email):
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute(text(f"SELECT * FROM orders WHERE email = '{email}'")).all()


def orders_with_status(statuses):
    stmt = text("SELECT id FROM orders WHERE status IN :statuses").bindparams(bindparam("statuses", expanding=True))
    with engine.connect() as conn:
        return conn.execute(stmt, {"statuses": list(statuses)}).scalars().all()


def cancel(order_id, reason):
    with engine.begin() as conn:
        # expect: sql-injection
        conn.execute(text("UPDATE orders SET status = 'cancelled', note = '" + reason + "' WHERE id = " + str(order_id)))


def totals_since(day):
    sql = "SELECT sum(total) FROM orders WHERE created >= '%s'" % day
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute(text(sql)).scalar()


def totals_between(start, end):
    with engine.connect() as conn:
        return conn.execute(text("SELECT sum(total) FROM orders WHERE created BETWEEN :a AND :b"), {"a": start, "b": end}).scalar()
