"""Orders API behind API Gateway, backed by RDS MySQL."""
import json
import os

import pymysql
import pymysql.cursors

conn = pymysql.connect(
    host=os.environ["DB_HOST"],
    user=os.environ["DB_USER"],
    password=os.environ["DB_PASSWORD"],
    database="shop",
    cursorclass=pymysql.cursors.DictCursor,
)


def get_orders(event, context):
    customer_id = event["pathParameters"]["customer_id"]
    with conn.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT * FROM orders WHERE customer_id = '%s'" % customer_id)
        rows = cursor.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def update_status(event, context):
    body = json.loads(event["body"])
    order_id = event["pathParameters"]["order_id"]
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute(f"UPDATE orders SET status = '{body['status']}' WHERE id = {order_id}")
    conn.commit()
    return {"statusCode": 204}


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    sql = "SELECT id, total FROM orders WHERE 1 = 1"
    if "status" in params:
        sql += " AND status = '{}'".format(params["status"])
    if "since" in params:
        sql += " AND created_at >= '{}'".format(params["since"])
    with conn.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(sql)
        return {"statusCode": 200, "body": json.dumps(cursor.fetchall(), default=str)}


def search(event, context):
    term = event["queryStringParameters"]["q"]
    with conn.cursor(pymysql.cursors.DictCursor) as cur:
        # expect: sql-injection
        cur.execute("SELECT id, sku FROM products WHERE name LIKE '%" + term + "%'")
        return {"statusCode": 200, "body": json.dumps(cur.fetchall())}


def bulk_cancel(event, context):
    ids = json.loads(event["body"])["ids"]
    id_list = ",".join(ids)
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("UPDATE orders SET status = 'cancelled' WHERE id IN (%s)" % id_list)
    conn.commit()
    return {"statusCode": 204}


def get_order(event, context):
    order_id = event["pathParameters"]["order_id"]
    with conn.cursor() as cursor:
        cursor.execute("SELECT * FROM orders WHERE id = %s", (order_id,))
        return {"statusCode": 200, "body": json.dumps(cursor.fetchone(), default=str)}


def recent(event, context):
    limit = int(event["queryStringParameters"].get("limit", "20"))
    with conn.cursor() as cursor:
        cursor.execute("SELECT * FROM orders ORDER BY created_at DESC LIMIT %d" % limit)
        return {"statusCode": 200, "body": json.dumps(cursor.fetchall(), default=str)}


def cancel_many(event, context):
    ids = json.loads(event["body"])["ids"]
    with conn.cursor() as cursor:
        cursor.executemany("UPDATE orders SET status = 'cancelled' WHERE id = %s", [(i,) for i in ids])
    conn.commit()
    return {"statusCode": 204}
