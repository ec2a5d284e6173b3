# library: SQLAlchemy (Connection.execute / Session.execute with text)
"""Raw queries for the analytics exporter."""
from sqlalchemy import bindparam, text


def signups_since(engine, day):
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute(text(f"SELECT count(*) FROM users WHERE created_at >= '{day}'")).scalar()


def signups_since_safe(engine, day):
    with engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM users WHERE created_at >= :day"), {"day": day}).scalar()


def rows_for(session, country):
    # expect: sql-injection
    return session.execute(text("SELECT * FROM users WHERE country = '" + country + "'")).all()


def rows_for_safe(session, country):
    stmt = text("SELECT * FROM users WHERE country = :country").bindparams(bindparam("country"))
    return session.execute(stmt, {"country": country}).all()


def table_size(engine, table):
    with engine.begin() as conn:
        # expect: sql-injection
        return conn.exec_driver_sql("SELECT pg_total_relation_size('%s')" % table).scalar()


def table_size_safe(engine, table):
    with engine.begin() as conn:
        return conn.exec_driver_sql("SELECT pg_total_relation_size(%s)", (table,)).scalar()
