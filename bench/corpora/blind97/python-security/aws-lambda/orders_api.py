"""Order lookup Lambdas on RDS MySQL (PyMySQL)."""
import json
import os

import pymysql

conn = pymysql.connect(
    host=os.environ["DB_HOST"],
    user=os.environ["DB_USER"],
    password=os.environ["DB_PASSWORD"],
    database="orders",
)

SORT_COLUMNS = {"date": "placed_at", "total": "total_cents"}


def get_order(event, context):
    order_id = event["pathParameters"]["orderId"]
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT id, status, total_cents FROM orders WHERE id = '{order_id}'")
        row = cur.fetchone()
    return {"statusCode": 200, "body": json.dumps(row, default=str)}


def orders_by_customer(event, context):
    email = event["queryStringParameters"]["email"]
    # expect: sql-injection
    sql = "SELECT id, status FROM orders WHERE customer_email = '" + email + "' ORDER BY placed_at DESC"
    with conn.cursor() as cur:
        cur.execute(sql)
        rows = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def cancel_order(event, context):
    body = json.loads(event["body"])
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("UPDATE orders SET status = 'cancelled', reason = '%s' WHERE id = %s" % (body["reason"], body["orderId"]))
    conn.commit()
    return {"statusCode": 204}


def update_address(event, context):
    body = json.loads(event["body"])
    # expect: sql-injection
    stmt = "UPDATE orders SET ship_to = '{}' WHERE id = {}".format(body["address"], body["orderId"])
    with conn.cursor() as cur:
        cur.execute(stmt)
    conn.commit()
    return {"statusCode": 204}


def orders_by_status(event, context):
    status = event["queryStringParameters"]["status"]
    column = SORT_COLUMNS.get(event["queryStringParameters"].get("sort"), "placed_at")
    with conn.cursor() as cur:
        cur.execute(f"SELECT id, total_cents FROM orders WHERE status = %s ORDER BY {column}", (status,))
        rows = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def order_count(event, context):
    with conn.cursor() as cur:
        cur.execute("SELECT COUNT(*) FROM orders WHERE customer_email = %s", (event["queryStringParameters"]["email"],))
        (count,) = cur.fetchone()
    print("SELECT count for %s = %d" % (event["queryStringParameters"]["email"], count))
    return {"statusCode": 200, "body": json.dumps({"count": count})}
