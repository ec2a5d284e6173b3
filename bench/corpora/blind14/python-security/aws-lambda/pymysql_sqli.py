# library: AWS Lambda + PyMySQL
"""API Gateway handler for the orders API."""
import json
import os

import pymysql

conn = pymysql.connect(
    host=os.environ["DB_HOST"],
    user=os.environ["DB_USER"],
    password=os.environ["DB_PASSWORD"],
    database="orders",
)


def get_order(event, context):
    order_id = event["pathParameters"]["id"]
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT id, status, total FROM orders WHERE id = '{order_id}'")
        row = cur.fetchone()
    return {"statusCode": 200, "body": json.dumps(row, default=str)}


def get_order_safe(event, context):
    order_id = event["pathParameters"]["id"]
    with conn.cursor() as cur:
        cur.execute("SELECT id, status, total FROM orders WHERE id = %s", (order_id,))
        row = cur.fetchone()
    return {"statusCode": 200, "body": json.dumps(row, default=str)}


def search_orders(event, context):
    status = event["queryStringParameters"]["status"]
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT id FROM orders WHERE status = '%s'" % status)
        rows = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows)}


def count_orders(event, context):
    with conn.cursor() as cur:
        cur.execute("SELECT COUNT(*) FROM orders")
        return {"statusCode": 200, "body": json.dumps(cur.fetchone()[0])}
