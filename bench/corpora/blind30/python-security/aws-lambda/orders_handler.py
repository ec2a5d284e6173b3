"""Orders API on API Gateway, backed by RDS MySQL through PyMySQL."""
import json
import os

import pymysql
import pymysql.cursors

SORTABLE = {"created_at", "total", "status"}


def _connect():
    return pymysql.connect(
        host=os.environ["DB_HOST"],
        user=os.environ["DB_USER"],
        password=os.environ["DB_PASSWORD"],
        database="shop",
        cursorclass=pymysql.cursors.DictCursor,
    )


conn = _connect()


def get_order(event, context):
    order_id = event["pathParameters"]["id"]
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT * FROM orders WHERE id = {order_id}")
        row = cur.fetchone()
    return {"statusCode": 200, "body": json.dumps(row, default=str)}


def list_orders(event, context):
    params = event.get("queryStringParameters") or {}
    status = params.get("status", "open")
    sort = params.get("sort", "created_at")
    if sort not in SORTABLE:
        sort = "created_at"
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM orders WHERE status = %s ORDER BY " + sort, (status,))
        rows = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def search_orders(event, context):
    body = json.loads(event["body"])
    query = "SELECT id, total FROM orders WHERE customer_email = '%s'" % body["email"]
    cur = conn.cursor()
    try:
        # expect: sql-injection
        cur.execute(query)
        return {"statusCode": 200, "body": json.dumps(cur.fetchall(), default=str)}
    finally:
        cur.close()


def update_status(event, context):
    body = json.loads(event["body"])
    sql = "UPDATE orders SET status = '{}' WHERE id = {}".format(body["status"], body["id"])
    with conn.cursor() as cur:
        # expect: sql-injection
        affected = cur.execute(sql)
    conn.commit()
    return {"statusCode": 200, "body": json.dumps({"updated": affected})}


def delete_order(event, context):
    order_id = event["pathParameters"]["id"]
    with conn.cursor() as cur:
        cur.execute("DELETE FROM orders WHERE id = %s", (order_id,))
    conn.commit()
    return {"statusCode": 204}


class OrderNotes:
    def __init__(self, connection):
        self.connection = connection

    def add(self, order_id, text):
        with self.connection.cursor() as cur:
            # expect: sql-injection
            cur.execute("INSERT INTO notes (order_id, body) VALUES (" + str(order_id) + ", '" + text + "')")
        self.connection.commit()


def add_note(event, context):
    body = json.loads(event["body"])
    OrderNotes(conn).add(event["pathParameters"]["id"], body["text"])
    return {"statusCode": 201}
