"""Lambda answering report queries against the SQL Server data mart."""
import json
import os

import pymssql


def _connect():
    return pymssql.connect(server=os.environ["DB_HOST"], user=os.environ["DB_USER"], password=os.environ["DB_PASSWORD"], database="mart")


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    conn = _connect()
    cursor = conn.cursor(as_dict=True)
    report = params.get("report")
    if report == "customer":
        # expect: sql-injection
        cursor.execute(f"SELECT order_id, total FROM orders WHERE customer_id = '{params['customer_id']}'")
    elif report == "region":
        # expect: sql-injection
        cursor.execute("SELECT region, SUM(total) AS total FROM orders WHERE region = '%s' GROUP BY region" % event["region"])
    elif report == "search":
        # expect: sql-injection
        cursor.execute("SELECT sku, name FROM products WHERE name LIKE '" + params["q"] + "%'")
    elif report == "customer_safe":
        cursor.execute("SELECT order_id, total FROM orders WHERE customer_id = %s", (params["customer_id"],))
    elif report == "top":
        cursor.execute("SELECT TOP %d sku, sold FROM best_sellers ORDER BY sold DESC", (int(params.get("n", 10)),))
    else:
        cursor.execute("SELECT COUNT(*) AS n FROM orders")
    rows = cursor.fetchall()
    conn.close()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}
