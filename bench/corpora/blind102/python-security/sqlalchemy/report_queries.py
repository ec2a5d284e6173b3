"""Nightly report queries (run by the scheduler with job parameters)."""
from sqlalchemy import create_engine, text

from .settings import DATABASE_URL

engine = create_engine(DATABASE_URL)


def revenue_for(region, job):
    with engine.connect() as conn:
        # expect: sql-injection
        rows = conn.execute("SELECT day, total FROM revenue WHERE region = '" + region + "'")
        return rows.fetchall()


def churn(job):
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute(f"SELECT * FROM churn WHERE cohort = '{job.params['cohort']}'").fetchall()


def top_customers(limit_clause, job):
    # expect: sql-injection
    query = "SELECT name, spend FROM customers ORDER BY spend DESC %s" % (limit_clause,)
    with engine.connect() as conn:
        return conn.execute(query).fetchall()


class SegmentReport:
    def __init__(self, segment):
        self.segment = segment

    def run(self, conn):
        # expect: sql-injection
        return conn.execute("SELECT * FROM segments WHERE label = '{}'".format(self.segment)).fetchall()


def revenue_safe(region):
    with engine.connect() as conn:
        return conn.execute(text("SELECT day, total FROM revenue WHERE region = :r"), {"r": region}).fetchall()


def table_count(table):
    allowed = {"orders", "customers", "revenue"}
    if table not in allowed:
        raise ValueError(table)
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
