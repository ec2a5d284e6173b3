"""Lambda that serves sales reports from the analytics database."""
import json
import logging
import os

import sqlalchemy
from sqlalchemy import text

logger = logging.getLogger()
logger.setLevel(logging.INFO)

engine = sqlalchemy.create_engine(os.environ["ANALYTICS_URL"], pool_pre_ping=True)
SORT_COLUMNS = {"day", "revenue", "orders"}


def report_handler(event, context):
    params = event.get("queryStringParameters") or {}
    region = params.get("region", "eu")
    with engine.connect() as conn:
        # expect: sql-injection
        rows = conn.execute("SELECT day, revenue FROM daily_sales WHERE region = '%s'" % region).fetchall()
        totals = conn.execute(text("SELECT sum(revenue) FROM daily_sales WHERE region = :region"), {"region": region}).scalar()
    return {"statusCode": 200, "body": json.dumps({"rows": [list(r) for r in rows], "total": totals}, default=str)}


def top_products_handler(event, context):
    params = event.get("queryStringParameters") or {}
    limit = int(params.get("limit", "10"))
    category = params.get("category", "")
    with engine.connect() as conn:
        # expect: sql-injection
        rows = conn.execute(f"SELECT sku, units FROM product_sales WHERE category = '{category}' ORDER BY units DESC LIMIT {limit}").fetchall()
    return {"statusCode": 200, "body": json.dumps([list(r) for r in rows])}


def sorted_report_handler(event, context):
    params = event.get("queryStringParameters") or {}
    sort = params.get("sort", "day")
    column = sort if sort in SORT_COLUMNS else "day"
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT day, revenue, orders FROM daily_sales ORDER BY {column}")).fetchall()
    return {"statusCode": 200, "body": json.dumps([list(r) for r in rows], default=str)}


def customer_handler(event, context):
    body = json.loads(event.get("body") or "{}")
    query = "SELECT id, name FROM customers WHERE email = '" + body.get("email", "") + "'"
    with engine.connect() as conn:
        # expect: sql-injection
        row = conn.execute(query).first()
        conn.execute(text("INSERT INTO lookups (email) VALUES (:email)"), {"email": body.get("email", "")})
    logger.info("customer lookup done")
    return {"statusCode": 200 if row else 404, "body": json.dumps(list(row) if row else None)}
