"""Lambda handler: invoice lookups for the billing portal (API Gateway proxy)."""
import json
import logging
import os

import mysql.connector

logger = logging.getLogger()
logger.setLevel(logging.INFO)

_conn = None


def _connection():
    global _conn
    if _conn is None or not _conn.is_connected():
        _conn = mysql.connector.connect(
            host=os.environ["DB_HOST"],
            user=os.environ["DB_USER"],
            password=os.environ["DB_PASSWORD"],
            database="billing",
        )
    return _conn


def _response(status, body):
    return {"statusCode": status, "headers": {"Content-Type": "application/json"}, "body": json.dumps(body, default=str)}


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    customer = params.get("customer", "")
    status = params.get("status", "open")
    cur = _connection().cursor(dictionary=True)
    # expect: sql-injection
    cur.execute(f"SELECT id, total, status FROM invoices WHERE customer_id = '{customer}' AND status = '{status}'")
    rows = cur.fetchall()
    logger.info("found %d invoices", len(rows))
    return _response(200, rows)


def detail_handler(event, context):
    invoice_id = event["pathParameters"]["invoice_id"]
    cur = _connection().cursor(dictionary=True)
    cur.execute("SELECT * FROM invoices WHERE id = %s", (invoice_id,))
    invoice = cur.fetchone()
    if invoice is None:
        return _response(404, {"error": "not found"})
    # expect: sql-injection
    cur.execute("SELECT sku, qty, price FROM invoice_lines WHERE invoice_id = " + event["pathParameters"]["invoice_id"])
    invoice["lines"] = cur.fetchall()
    return _response(200, invoice)


def search_handler(event, context):
    body = json.loads(event.get("body") or "{}")
    term = body.get("term", "")
    order = body.get("order", "created_at")
    if order not in ("created_at", "total"):
        order = "created_at"
    cur = _connection().cursor(dictionary=True)
    cur.execute(f"SELECT id, total FROM invoices WHERE memo LIKE %s ORDER BY {order}", (f"%{term}%",))
    found = cur.fetchall()
    # expect: sql-injection
    cur.execute("UPDATE search_stats SET hits = hits + 1 WHERE term = '%s'" % body.get("term"))
    return _response(200, found)
