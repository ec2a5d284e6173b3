"""Reporting Lambda: runs canned queries against the analytics replica."""
import os

import sqlalchemy
from sqlalchemy import text

engine = sqlalchemy.create_engine(os.environ["ANALYTICS_URL"], pool_pre_ping=True)


def orders_by_region(event, context):
    region = event["queryStringParameters"]["region"]
    with engine.connect() as conn:
        # expect: sql-injection
        rows = conn.execute(f"SELECT id, total FROM orders WHERE region = '{region}'").fetchall()
    return {"statusCode": 200, "body": str(rows)}


def customer_lookup(event, context):
    email = event["email"]
    query = "SELECT id, name FROM customers WHERE email = '" + email + "'"
    with engine.connect() as conn:
        # expect: sql-injection
        result = conn.execute(text(query))
        return [dict(r._mapping) for r in result]


def top_products(event, context):
    limit = event.get("limit", 10)
    category = event.get("category", "all")
    conn = engine.connect()
    try:
        # expect: sql-injection
        cur = conn.execute("SELECT sku FROM products WHERE category = '%s' LIMIT %s" % (category, limit))
        return [r[0] for r in cur]
    finally:
        conn.close()


def refunds(event, context):
    stmt = "SELECT * FROM refunds WHERE status = '{}'".format(event["status"])
    with engine.begin() as conn:
        # expect: sql-injection
        return conn.execute(sqlalchemy.text(stmt)).all()


def orders_by_customer(event, context):
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, total FROM orders WHERE customer_id = :cid"),
            {"cid": event["customer_id"]},
        )
        return [dict(r._mapping) for r in rows]


def daily_totals(event, context):
    with engine.connect() as conn:
        return conn.execute(text("SELECT day, SUM(total) FROM orders GROUP BY day")).all()
