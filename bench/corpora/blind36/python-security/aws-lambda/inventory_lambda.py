"""Inventory lookups behind API Gateway."""
import json
import os

import psycopg2
from psycopg2 import sql

conn = psycopg2.connect(os.environ["DATABASE_URL"])

SORTABLE = {"name": "name", "stock": "stock_level"}


def _fetch(cur, query):
    # expect: sql-injection
    cur.execute(query)
    return cur.fetchall()


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    warehouse = params.get("warehouse", "main")
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT sku, stock_level FROM stock WHERE warehouse = '{warehouse}'")
        rows = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows)}


def search_handler(event, context):
    body = json.loads(event["body"])
    query = "SELECT sku, name FROM products WHERE 1=1"
    if "brand" in body:
        query += " AND brand = '%s'" % body["brand"]
    if "tag" in body:
        query += " AND '" + body["tag"] + "' = ANY(tags)"
    cur = conn.cursor()
    return {"statusCode": 200, "body": json.dumps(_fetch(cur, query))}


def restock_handler(event, context):
    items = json.loads(event["body"])["items"]
    cur = conn.cursor()
    cur.executemany(
        # expect: sql-injection
        "UPDATE stock SET stock_level = stock_level + {} WHERE sku = %s".format(items[0]["qty"]),
        [(i["sku"],) for i in items],
    )
    conn.commit()
    return {"statusCode": 204}


def safe_lookup(event, context):
    sku = event["pathParameters"]["sku"]
    with conn.cursor() as cur:
        cur.execute("SELECT sku, stock_level FROM stock WHERE sku = %s", (sku,))
        return {"statusCode": 200, "body": json.dumps(cur.fetchone())}


def safe_sorted(event, context):
    column = SORTABLE.get((event.get("queryStringParameters") or {}).get("sort"), "name")
    stmt = sql.SQL("SELECT sku, name FROM products ORDER BY {}").format(sql.Identifier(column))
    with conn.cursor() as cur:
        cur.execute(stmt)
        return {"statusCode": 200, "body": json.dumps(cur.fetchall())}
