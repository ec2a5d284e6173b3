"""Lambda behind the orders report API."""
import json
import logging
import os

import pymysql

log = logging.getLogger()
log.setLevel(logging.INFO)

conn = pymysql.connect(
    host=os.environ["DB_HOST"],
    user=os.environ["DB_USER"],
    password=os.environ["DB_PASSWORD"],
    database="orders",
    cursorclass=pymysql.cursors.DictCursor,
)

SORTABLE = {"created": "created_at", "total": "total_cents", "status": "status"}


def by_customer(event, context):
    customer = event["pathParameters"]["customer_id"]
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT id, status, total_cents FROM orders WHERE customer_id = '{customer}'")
        rows = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def by_status(event, context):
    params = event.get("queryStringParameters") or {}
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT id, customer_id FROM orders WHERE status = '%s' LIMIT 100" % params.get("status", "open"))
        rows = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def search(event, context):
    body = json.loads(event["body"])
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("SELECT id, note FROM orders WHERE note LIKE '%" + body["text"] + "%'")
    return {"statusCode": 200, "body": json.dumps(cur.fetchall(), default=str)}


def by_customer_safe(event, context):
    customer = event["pathParameters"]["customer_id"]
    with conn.cursor() as cur:
        cur.execute("SELECT id, status FROM orders WHERE customer_id = %s", (customer,))
        return {"statusCode": 200, "body": json.dumps(cur.fetchall(), default=str)}


def sorted_orders(event, context):
    params = event.get("queryStringParameters") or {}
    column = SORTABLE.get(params.get("sort"), "created_at")
    with conn.cursor() as cur:
        cur.execute(f"SELECT id, status FROM orders ORDER BY {column} DESC LIMIT %s", (int(params.get("limit", 50)),))
        return {"statusCode": 200, "body": json.dumps(cur.fetchall(), default=str)}
