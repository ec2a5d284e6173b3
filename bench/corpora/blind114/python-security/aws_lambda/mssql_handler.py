"""Lambda behind API Gateway that reads orders from the legacy SQL Server."""
import json
import os

import pymssql


def _connect():
    return pymssql.connect(
        server=os.environ["MSSQL_HOST"],
        user=os.environ["MSSQL_USER"],
        password=os.environ["MSSQL_PASSWORD"],
        database="orders",
        login_timeout=5,
    )


def lambda_handler(event, context):
    customer_id = event["pathParameters"]["customerId"]
    status = (event.get("queryStringParameters") or {}).get("status", "open")
    conn = _connect()
    cursor = conn.cursor(as_dict=True)
    # expect: sql-injection
    cursor.execute(f"SELECT id, total, status FROM orders WHERE customer_id = '{customer_id}'")
    rows = cursor.fetchall()
    # expect: sql-injection
    cursor.execute("SELECT COUNT(*) AS n FROM orders WHERE status = '%s'" % status)
    count = cursor.fetchone()["n"]
    body = json.loads(event.get("body") or "{}")
    note = body.get("note", "")
    # expect: sql-injection
    cursor.execute("UPDATE customers SET last_note = '" + note + "' WHERE id = " + customer_id)
    cursor.execute("SELECT id, total FROM orders WHERE customer_id = %s AND status = %s", (customer_id, status))
    open_rows = cursor.fetchall()
    cursor.execute("SELECT TOP 10 id FROM orders ORDER BY created_at DESC")
    latest = [r["id"] for r in cursor.fetchall()]
    conn.commit()
    conn.close()
    return {
        "statusCode": 200,
        "body": json.dumps({"orders": rows, "count": count, "open": open_rows, "latest": latest}, default=str),
    }


def refund_handler(event, context):
    order_id = event["detail"]["orderId"]
    with _connect() as conn:
        with conn.cursor() as cur:
            # expect: sql-injection
            cur.execute("UPDATE orders SET status = 'refunded' WHERE id = {}".format(order_id))
            cur.execute("INSERT INTO audit (order_id, action) VALUES (%s, %s)", (order_id, "refund"))
        conn.commit()
    return {"ok": True}
