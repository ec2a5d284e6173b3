"""Inventory sync Lambda using MySQL Connector/Python."""
import json
import os

import mysql
import mysql.connector

DB = dict(
    host=os.environ.get("MYSQL_HOST", "inventory-db"),
    user=os.environ.get("MYSQL_USER", "inventory"),
    password=os.environ["MYSQL_PASSWORD"],
    database="inventory",
)


def handler(event, context):
    cnx = mysql.connector.connect(**DB)
    cursor = cnx.cursor(dictionary=True)
    sku = event["queryStringParameters"]["sku"]
    warehouse = event["queryStringParameters"].get("warehouse", "main")

    # expect: sql-injection
    cursor.execute("SELECT sku, qty FROM stock WHERE sku = '" + sku + "'")
    stock = cursor.fetchall()

    cursor.execute("SELECT name FROM warehouses WHERE code = %(code)s", {"code": warehouse})
    names = cursor.fetchall()

    cnx.close()
    return {"statusCode": 200, "body": json.dumps({"stock": stock, "warehouses": names})}


def bulk_handler(event, context):
    cnx = mysql.connector.connect(**DB)
    cursor = cnx.cursor()
    items = json.loads(event["body"])["items"]
    table = event["pathParameters"]["table"]
    # expect: sql-injection
    cursor.executemany(f"INSERT INTO {table} (sku, qty) VALUES (%s, %s)", [(i["sku"], i["qty"]) for i in items])
    cursor.executemany(
        "UPDATE stock SET qty = qty - %s WHERE sku = %s",
        [(i["qty"], i["sku"]) for i in items],
    )
    cnx.commit()
    cnx.close()
    return {"statusCode": 200}


def report_handler(event, context):
    cnx = mysql.connector.connect(**DB)
    cursor = cnx.cursor()
    detail = event["detail"]
    where = "WHERE updated_at > '%s'" % detail["since"]
    if detail.get("category"):
        where += " AND category = '%s'" % detail["category"]
    # expect: sql-injection
    cursor.execute(
        "SELECT category, SUM(qty) FROM stock " + where + " GROUP BY category"
    )
    rows = cursor.fetchall()
    cnx.close()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def count_handler(event, context):
    cnx = mysql.connector.connect(**DB)
    cursor = cnx.cursor()
    cursor.execute("SELECT COUNT(*) FROM stock")
    (total,) = cursor.fetchone()
    cnx.close()
    return {"statusCode": 200, "body": json.dumps({"total": total})}
