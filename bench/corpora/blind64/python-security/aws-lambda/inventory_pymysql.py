"""Inventory lookups for the warehouse app (Lambda + RDS MySQL via PyMySQL)."""
import json
import os

import pymysql
import pymysql.cursors

CONN = None


def _conn():
    global CONN
    if CONN is None:
        CONN = pymysql.connect(
            host=os.environ["RDS_HOST"],
            user=os.environ["RDS_USER"],
            password=os.environ["RDS_PASSWORD"],
            database="inventory",
            cursorclass=pymysql.cursors.DictCursor,
        )
    return CONN


def _stock_for(cur, warehouse, sku):
    query = "SELECT qty FROM stock WHERE warehouse = '%s' AND sku = '%s'" % (warehouse, sku)
    # expect: sql-injection
    cur.execute(query)
    return cur.fetchone()


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    sku = params.get("sku", "")
    with _conn().cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT * FROM items WHERE sku = '{sku}'")
        item = cur.fetchone()
        stock = _stock_for(cur, params.get("warehouse", "main"), sku)
        cur.execute("SELECT name FROM suppliers WHERE sku = %s", (sku,))
        suppliers = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps({"item": item, "stock": stock, "suppliers": suppliers})}


def adjust_handler(event, context):
    body = json.loads(event["body"])
    column = body.get("field", "qty")
    with _conn().cursor() as cur:
        sql = "UPDATE stock SET {col} = {col} + {delta} WHERE sku = %s".format(col=column, delta=body["delta"])
        # expect: sql-injection
        cur.execute(sql, (body["sku"],))
        cur.execute("UPDATE stock SET qty = qty + %s WHERE sku = %s", (int(body["delta"]), body["sku"]))
    _conn().commit()
    return {"statusCode": 204}


def search_handler(event, context):
    term = event["queryStringParameters"]["q"]
    with _conn().cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT sku, name FROM items WHERE name LIKE '%" + term + "%' LIMIT 20")
        rows = cur.fetchall()
        cur.execute("SELECT sku FROM items WHERE name LIKE %s LIMIT 20", ("%" + term + "%",))
        rows_ok = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps({"rows": rows, "rows_ok": rows_ok})}
