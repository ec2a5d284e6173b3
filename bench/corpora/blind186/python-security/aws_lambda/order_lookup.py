"""Order lookup API (API Gateway -> Lambda -> MySQL on RDS)."""
import json
import os

import mysql.connector

_conn = None


def _connection():
    global _conn
    if _conn is None or not _conn.is_connected():
        _conn = mysql.connector.connect(
            host=os.environ["DB_HOST"],
            user=os.environ["DB_USER"],
            password=os.environ["DB_PASSWORD"],
            database="shop",
        )
    return _conn


def _response(status, body):
    return {"statusCode": status, "headers": {"Content-Type": "application/json"}, "body": json.dumps(body, default=str)}


def get_order(event, context):
    order_id = event["pathParameters"]["orderId"]
    cursor = _connection().cursor(dictionary=True)
    cursor.execute("SELECT id, status, total, created_at FROM orders WHERE id = %s", (order_id,))
    row = cursor.fetchone()
    return _response(200 if row else 404, row or {"error": "not found"})


def orders_for_customer(event, context):
    customer = event["pathParameters"]["customerId"]
    status = (event.get("queryStringParameters") or {}).get("status", "open")
    cursor = _connection().cursor(dictionary=True)
    # expect: sql-injection
    cursor.execute(f"SELECT id, status, total FROM orders WHERE customer_id = '{customer}' AND status = '{status}'")
    return _response(200, cursor.fetchall())


def search_orders(event, context):
    params = event.get("queryStringParameters") or {}
    term = params.get("q", "")
    sort = params.get("sort", "created_at")
    order_by = sort if sort in {"created_at", "total", "status"} else "created_at"
    cursor = _connection().cursor(dictionary=True)
    # expect: sql-injection
    cursor.execute("SELECT id, status, total FROM orders WHERE notes LIKE '%" + term + "%' ORDER BY " + order_by)
    return _response(200, cursor.fetchall())


def search_orders_v2(event, context):
    params = event.get("queryStringParameters") or {}
    term = params.get("q", "")
    sort = params.get("sort", "created_at")
    order_by = sort if sort in {"created_at", "total", "status"} else "created_at"
    cursor = _connection().cursor(dictionary=True)
    cursor.execute(f"SELECT id, status, total FROM orders WHERE notes LIKE %s ORDER BY {order_by}", (f"%{term}%",))
    return _response(200, cursor.fetchall())


def cancel_order(event, context):
    body = json.loads(event.get("body") or "{}")
    cursor = _connection().cursor()
    cursor.execute("UPDATE orders SET status = 'cancelled' WHERE id = %s AND status = 'open'", (body["orderId"],))
    _connection().commit()
    return _response(200, {"updated": cursor.rowcount})
