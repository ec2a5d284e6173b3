"""Lambda that looks up invoices in SQL Server."""
import os

import pymssql


def _connect():
    return pymssql.connect(os.environ["DB_HOST"], os.environ["DB_USER"], os.environ["DB_PASSWORD"], "billing")


def lambda_handler(event, context):
    conn = _connect()
    cursor = conn.cursor(as_dict=True)
    customer = event["pathParameters"]["customer"]
    query = "SELECT * FROM invoices WHERE customer_id = '" + customer + "'"
    # expect: sql-injection
    cursor.execute(query)
    return cursor.fetchall()


def search_handler(event, context):
    params = event.get("queryStringParameters") or {}
    with _connect() as conn:
        with conn.cursor() as cur:
            # expect: sql-injection
            cur.execute(f"SELECT id, total FROM invoices WHERE status = '{params.get('status')}'")
            rows = cur.fetchall()
    return {"statusCode": 200, "body": str(rows)}


def export_handler(event, context):
    conn = _connect()
    cur = conn.cursor()
    sql = "SELECT * FROM invoices WHERE year = %s ORDER BY %s" % (event["year"], event["sort"])
    # expect: sql-injection
    cur.execute(sql)
    return cur.fetchall()


def safe_handler(event, context):
    conn = _connect()
    cur = conn.cursor()
    cur.execute("SELECT * FROM invoices WHERE customer_id = %s", (event["customer"],))
    cur.execute("SELECT COUNT(*) FROM invoices WHERE status = %(s)s", {"s": event.get("status", "open")})
    return cur.fetchone()
