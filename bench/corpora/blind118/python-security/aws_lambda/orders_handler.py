"""Order lookup and status Lambdas behind API Gateway (RDS MySQL through PyMySQL)."""
import json
import os

import pymysql
import pymysql.cursors

conn = pymysql.connect(
    host=os.environ["DB_HOST"],
    user=os.environ["DB_USER"],
    password=os.environ["DB_PASSWORD"],
    database=os.environ["DB_NAME"],
    cursorclass=pymysql.cursors.DictCursor,
    connect_timeout=5,
)


def get_order(event, context):
    order_id = event["pathParameters"]["id"]
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT id, status, total FROM orders WHERE id = {order_id}")
        row = cur.fetchone()
    return {"statusCode": 200 if row else 404, "body": json.dumps(row, default=str)}


def orders_for_customer(event, context):
    body = json.loads(event["body"])
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT id, status FROM orders WHERE customer_email = '%s' ORDER BY created_at DESC" % body["email"])
        rows = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def update_status(event, context):
    params = event.get("queryStringParameters") or {}
    with conn.cursor() as cur:
        cur.execute("UPDATE orders SET status = %s WHERE id = %s", (params.get("status"), params.get("id")))
    conn.commit()
    return {"statusCode": 204}


def search_orders(event, context):
    term = event["queryStringParameters"]["q"]
    sort = event["queryStringParameters"].get("sort", "created_at")
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("SELECT id, status FROM orders WHERE reference LIKE '%{}%' ORDER BY {}".format(term, sort))
    rows = cur.fetchall()
    cur.close()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def count_open(event, context):
    with conn.cursor() as cur:
        cur.execute("SELECT COUNT(*) AS n FROM orders WHERE status = 'open'")
        return {"statusCode": 200, "body": json.dumps(cur.fetchone())}
