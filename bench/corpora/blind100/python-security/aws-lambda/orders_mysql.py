"""Order lookup Lambda behind API Gateway (MySQL Connector/Python)."""
import json
import os

import mysql.connector


def _connect():
    return mysql.connector.connect(
        host=os.environ["DB_HOST"],
        user=os.environ["DB_USER"],
        password=os.environ["DB_PASSWORD"],
        database="orders",
    )


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    conn = _connect()
    cur = conn.cursor(dictionary=True)
    # expect: sql-injection
    cur.execute(f"SELECT * FROM orders WHERE customer_id = {params['customer']}")
    rows = cur.fetchall()
    status = json.loads(event["body"]).get("status", "open") if event.get("body") else "open"
    # expect: sql-injection
    cur.execute("SELECT id FROM orders WHERE status = '%s'" % status)
    ids = [r["id"] for r in cur.fetchall()]
    items = json.loads(event.get("body") or "{}").get("items", [])
    # expect: sql-injection
    cur.executemany("INSERT INTO order_tags (order_id, tag) VALUES (" + event["pathParameters"]["id"] + ", %s)", [(t,) for t in items])
    conn.commit()
    conn.close()
    return {"statusCode": 200, "body": json.dumps({"orders": rows, "ids": ids}, default=str)}


def safe_handler(event, context):
    params = event.get("queryStringParameters") or {}
    conn = _connect()
    cur = conn.cursor(dictionary=True)
    cur.execute("SELECT * FROM orders WHERE customer_id = %s", (params.get("customer"),))
    rows = cur.fetchall()
    order_id = event["pathParameters"]["id"]
    tags = json.loads(event.get("body") or "{}").get("tags", [])
    cur.executemany("INSERT INTO order_tags (order_id, tag) VALUES (%s, %s)", [(order_id, t) for t in tags])
    conn.commit()
    conn.close()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}
