"""Orders API on Lambda + RDS MySQL (pymysql)."""
import json
import os

import pymysql

conn = pymysql.connect(
    host=os.environ["DB_HOST"],
    user=os.environ["DB_USER"],
    password=os.environ["DB_PASSWORD"],
    database="orders",
    cursorclass=pymysql.cursors.DictCursor,
)


def get_order(event, context):
    order_id = event["pathParameters"]["id"]
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT id, status, total FROM orders WHERE id = " + order_id)
        row = cur.fetchone()
    return {"statusCode": 200, "body": json.dumps(row, default=str)}


def update_status(event, context):
    body = json.loads(event["body"])
    # expect: sql-injection
    sql = "UPDATE orders SET status = '%s' WHERE id = %s" % (body["status"], body["id"])
    with conn.cursor() as cur:
        cur.execute(sql)
    conn.commit()
    return {"statusCode": 204}


def search(event, context):
    params = event.get("queryStringParameters") or {}
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT id, total FROM orders WHERE customer_email = '{params['email']}' ORDER BY id DESC")
        rows = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def delete_order(event, context):
    order_id = event["pathParameters"]["id"]
    reason = event["headers"].get("x-reason", "")
    # expect: sql-injection
    query = "DELETE FROM orders WHERE id = {} AND status = 'draft' -- {}".format(order_id, reason)
    with conn.cursor() as cur:
        affected = cur.execute(query)
    conn.commit()
    return {"statusCode": 200, "body": json.dumps({"deleted": affected})}


def get_order_safe(event, context):
    order_id = event["pathParameters"]["id"]
    with conn.cursor() as cur:
        cur.execute("SELECT id, status, total FROM orders WHERE id = %s", (order_id,))
        row = cur.fetchone()
    return {"statusCode": 200, "body": json.dumps(row, default=str)}


def count_by_status(event, context):
    statuses = ("new", "paid", "shipped")
    with conn.cursor() as cur:
        cur.execute("SELECT status, COUNT(*) AS n FROM orders WHERE status IN (%s, %s, %s) GROUP BY status", statuses)
        rows = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows)}
