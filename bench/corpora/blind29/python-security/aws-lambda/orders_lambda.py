"""Lambda behind API Gateway for the orders table."""
import json
import os

import psycopg2
from psycopg2 import sql

SORTABLE = {"created_at", "total", "status"}


def connect():
    return psycopg2.connect(os.environ["DATABASE_URL"])


def handler(event, context):
    order_id = event["pathParameters"]["id"]
    conn = connect()
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute(f"SELECT id, status, total FROM orders WHERE id = {order_id}")
    row = cur.fetchone()
    return {"statusCode": 200, "body": json.dumps(row, default=str)}


def search_handler(event, context):
    params = event.get("queryStringParameters") or {}
    query = "SELECT id, total FROM orders WHERE 1=1"
    if "status" in params:
        query += " AND status = '" + params["status"] + "'"
    if "customer" in params:
        query += " AND customer_id = %s" % params["customer"]
    with connect() as conn, conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(query)
        rows = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def import_handler(event, context):
    body = json.loads(event["body"])
    table = body["table"]
    rows = [(r["sku"], r["qty"]) for r in body["rows"]]
    with connect() as conn, conn.cursor() as cur:
        # expect: sql-injection
        cur.executemany("INSERT INTO {} (sku, qty) VALUES (%s, %s)".format(table), rows)
    return {"statusCode": 204}


def preview_handler(event, context):
    note = event["queryStringParameters"]["note"]
    with connect() as conn, conn.cursor() as cur:
        # expect: sql-injection
        text = cur.mogrify("UPDATE orders SET note = '%s'" % note)
    return {"statusCode": 200, "body": text.decode()}


def status_handler(event, context):
    order_id = event["pathParameters"]["id"]
    with connect() as conn, conn.cursor() as cur:
        cur.execute("SELECT status FROM orders WHERE id = %s", (order_id,))
        status = cur.fetchone()
    return {"statusCode": 200, "body": json.dumps({"status": status})}


def sorted_handler(event, context):
    column = (event.get("queryStringParameters") or {}).get("sort", "created_at")
    if column not in SORTABLE:
        return {"statusCode": 400}
    stmt = sql.SQL("SELECT id, total FROM orders ORDER BY {}").format(sql.Identifier(column))
    with connect() as conn, conn.cursor() as cur:
        cur.execute(stmt)
        rows = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}
