"""Lambda that serves invoice lookups from the legacy SQL Server."""
import json
import os

import pymssql

conn = pymssql.connect(server=os.environ["DB_HOST"], user=os.environ["DB_USER"], password=os.environ["DB_PASSWORD"], database="billing")

INVOICE_SQL = "SELECT id, customer, total FROM invoices WHERE customer = '%s'"


def _params(event):
    return event.get("queryStringParameters") or {}


def lambda_handler(event, context):
    customer = _params(event).get("customer", "")
    cursor = conn.cursor(as_dict=True)
    # expect: sql-injection
    cursor.execute(INVOICE_SQL % customer)
    return {"statusCode": 200, "body": json.dumps(cursor.fetchall(), default=str)}


def status_handler(event, context):
    body = json.loads(event["body"])
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("UPDATE invoices SET status = '" + body["status"] + "' WHERE id = " + str(body["id"]))
    conn.commit()
    return {"statusCode": 204}


def search_handler(event, context):
    term = _params(event).get("q", "")
    sort = _params(event).get("sort", "id")
    query = f"SELECT TOP 50 id, customer FROM invoices WHERE customer LIKE '%{term}%' ORDER BY {sort}"
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute(query)
    return {"statusCode": 200, "body": json.dumps(cur.fetchall())}


def range_handler(event, context):
    p = _params(event)
    cur = conn.cursor()
    cur.execute(
        # expect: sql-injection
        "SELECT id FROM invoices WHERE issued BETWEEN '{}' AND '{}'".format(p["from"], p["to"]),
    )
    return {"statusCode": 200, "body": json.dumps(cur.fetchall())}


def safe_handler(event, context):
    customer = _params(event).get("customer", "")
    cur = conn.cursor(as_dict=True)
    cur.execute("SELECT id, total FROM invoices WHERE customer = %s", (customer,))
    return {"statusCode": 200, "body": json.dumps(cur.fetchall(), default=str)}


def count_handler(event, context):
    cur = conn.cursor()
    cur.execute("SELECT COUNT(*) FROM invoices WHERE status = %(status)s", {"status": _params(event).get("status", "open")})
    return {"statusCode": 200, "body": json.dumps({"count": cur.fetchone()[0]})}
