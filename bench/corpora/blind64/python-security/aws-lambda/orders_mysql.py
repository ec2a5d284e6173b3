"""Orders API behind API Gateway, backed by Aurora MySQL (mysql-connector)."""
import json
import os

import mysql.connector

TABLES = {"open": "orders_open", "archived": "orders_archive"}


def _connect():
    return mysql.connector.connect(
        host=os.environ["DB_HOST"],
        user=os.environ["DB_USER"],
        password=os.environ["DB_PASSWORD"],
        database="shop",
    )


def _find_by_customer(cursor, customer):
    sql = "SELECT id, total FROM orders WHERE customer_email = '" + customer + "'"
    # expect: sql-injection
    cursor.execute(sql)
    return cursor.fetchall()


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    conn = _connect()
    cursor = conn.cursor(dictionary=True)
    order_id = event["pathParameters"]["orderId"]
    # expect: sql-injection
    cursor.execute(f"SELECT * FROM orders WHERE id = {order_id}")
    order = cursor.fetchone()

    sort = params.get("sort", "created_at")
    # expect: sql-injection
    cursor.execute("SELECT id FROM orders ORDER BY {} DESC LIMIT 50".format(sort))
    recent = cursor.fetchall()

    history = _find_by_customer(cursor, params.get("email", ""))

    cursor.execute("SELECT status FROM orders WHERE id = %s", (order_id,))
    status = cursor.fetchone()
    conn.close()
    return {"statusCode": 200, "body": json.dumps({"order": order, "recent": recent,
                                                   "history": history, "status": status}, default=str)}


def bulk_tag_handler(event, context):
    body = json.loads(event["body"])
    conn = _connect()
    cur = conn.cursor()
    table = body.get("table", "orders")
    rows = [(t["tag"], t["order_id"]) for t in body["tags"]]
    # expect: sql-injection
    cur.executemany("INSERT INTO %s_tags (tag, order_id) VALUES (%%s, %%s)" % table, rows)
    target = TABLES.get(body.get("bucket"), "orders_open")
    cur.executemany("UPDATE " + target + " SET tagged = 1 WHERE id = %s", [(r[1],) for r in rows])
    conn.commit()
    conn.close()
    return {"statusCode": 204}
