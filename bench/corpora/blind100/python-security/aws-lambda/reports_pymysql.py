"""Reporting Lambda: runs canned reports against the RDS replica (PyMySQL)."""
import json
import os

import pymysql
import pymysql.cursors

conn = pymysql.connect(
    host=os.environ["DB_HOST"],
    user=os.environ["DB_USER"],
    password=os.environ["DB_PASSWORD"],
    database="reports",
    cursorclass=pymysql.cursors.DictCursor,
)


def handler(event, context):
    region = event["queryStringParameters"]["region"]
    body = json.loads(event.get("body") or "{}")
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT * FROM sales WHERE region = '" + region + "'")
        sales = cur.fetchall()
        # expect: sql-injection
        cur.execute("SELECT * FROM sales ORDER BY {} LIMIT 50".format(body.get("order_by", "id")))
        top = cur.fetchall()
        query = f"DELETE FROM report_cache WHERE report = '{body.get('report')}'"
        # expect: sql-injection
        cur.execute(query)
    conn.commit()
    return {"statusCode": 200, "body": json.dumps({"sales": sales, "top": top}, default=str)}


ORDER_COLUMNS = {"id", "amount", "created"}


def safe_handler(event, context):
    region = event["queryStringParameters"]["region"]
    body = json.loads(event.get("body") or "{}")
    order_by = body.get("order_by") if body.get("order_by") in ORDER_COLUMNS else "id"
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM sales WHERE region = %s", (region,))
        sales = cur.fetchall()
        cur.execute(f"SELECT * FROM sales ORDER BY {order_by} LIMIT 50")
        top = cur.fetchall()
        cur.execute("DELETE FROM report_cache WHERE report = %(r)s", {"r": body.get("report")})
    conn.commit()
    return {"statusCode": 200, "body": json.dumps({"sales": sales, "top": top}, default=str)}
