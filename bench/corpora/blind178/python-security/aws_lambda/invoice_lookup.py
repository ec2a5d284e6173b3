"""Lambda: invoice lookups against the ERP's SQL Server database."""
import json
import os

import pymssql


def connect():
    return pymssql.connect(
        server=os.environ["ERP_HOST"],
        user=os.environ["ERP_USER"],
        password=os.environ["ERP_PASSWORD"],
        database="erp",
        login_timeout=5,
        as_dict=True,
    )


def ok(payload):
    return {"statusCode": 200, "body": json.dumps(payload, default=str)}


def handler(event, context):
    number = event["pathParameters"]["invoice"]
    with connect() as conn:
        cursor = conn.cursor()
        # expect: sql-injection
        cursor.execute("SELECT number, customer, total FROM invoices WHERE number = '%s'" % number)
        return ok(cursor.fetchone())


def by_customer_handler(event, context):
    customer = event["pathParameters"]["customer"]
    with connect() as conn:
        cursor = conn.cursor()
        cursor.execute("SELECT number, total, due_date FROM invoices WHERE customer = %s ORDER BY due_date", customer)
        return ok(cursor.fetchall())


def overdue_handler(event, context):
    params = event.get("queryStringParameters") or {}
    days = int(params.get("days", 30))
    with connect() as conn:
        cursor = conn.cursor()
        cursor.execute("SELECT number, customer, total FROM invoices WHERE due_date < DATEADD(day, -%d, GETDATE())", (days,))
        return ok(cursor.fetchall())


def search_handler(event, context):
    params = event.get("queryStringParameters") or {}
    needle = params.get("q", "")
    sql = "SELECT TOP 25 number, customer FROM invoices WHERE customer LIKE '%" + needle + "%'"
    with connect() as conn:
        cursor = conn.cursor()
        # expect: sql-injection
        cursor.execute(sql)
        return ok(cursor.fetchall())


def totals_handler(event, context):
    with connect() as conn:
        cursor = conn.cursor()
        cursor.execute("SELECT currency, SUM(total) AS total FROM invoices GROUP BY currency")
        return ok(cursor.fetchall())
