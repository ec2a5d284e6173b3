# library: aws lambda + pymssql
import json
import os

import pymssql

conn = pymssql.connect(os.environ["DB_HOST"], os.environ["DB_USER"], os.environ["DB_PASSWORD"], "sales")


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    region = params.get("region", "EU")
    cursor = conn.cursor(as_dict=True)
    # expect: sql-injection
    cursor.execute(f"SELECT id, total FROM orders WHERE region = '{region}'")
    rows = cursor.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def customer_handler(event, context):
    body = json.loads(event.get("body") or "{}")
    cursor = conn.cursor(as_dict=True)
    # expect: sql-injection
    cursor.execute("SELECT * FROM customers WHERE email = '%s'" % body.get("email", ""))
    return {"statusCode": 200, "body": json.dumps(cursor.fetchone(), default=str)}


def safe_handler(event, context):
    params = event.get("queryStringParameters") or {}
    cursor = conn.cursor(as_dict=True)
    cursor.execute("SELECT id, total FROM orders WHERE region = %s", (params.get("region", "EU"),))
    return {"statusCode": 200, "body": json.dumps(cursor.fetchall(), default=str)}


def count_handler(event, context):
    cursor = conn.cursor()
    cursor.execute("SELECT COUNT(*) FROM orders")
    return {"statusCode": 200, "body": str(cursor.fetchone()[0])}
