"""Lambda: reporting queries on Aurora PostgreSQL through SQLAlchemy and psycopg2."""
import json
import os

import psycopg2
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["DB_URL"], pool_pre_ping=True)
pg = psycopg2.connect(os.environ["PG_DSN"])


def monthly(event, context):
    month = event["queryStringParameters"]["month"]
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT sku, qty FROM sales WHERE month = :m"), {"m": month}).all()
        # expect: sql-injection
        rows += conn.execute(text(f"SELECT sku, qty FROM returns WHERE month = '{month}'")).all()
    return {"statusCode": 200, "body": json.dumps([list(r) for r in rows])}


def region(event, context):
    params = event.get("queryStringParameters") or {}
    name = params.get("region", "eu")
    cur = pg.cursor()
    # expect: sql-injection
    cur.execute("SELECT id FROM stores WHERE region = '" + name + "'")
    cur.execute("SELECT id FROM stores WHERE region = %s", (name,))
    return {"statusCode": 200, "body": json.dumps(cur.fetchall())}
