"""Order API on RDS MySQL."""
import os

import mysql
import mysql.connector
import mysql.cursors


def _conn():
    return mysql.connector.connect(host=os.environ["DB_HOST"], user=os.environ["DB_USER"],
                                   password=os.environ["DB_PASS"], database="shop")


def get_order(event, context):
    order_id = event["pathParameters"]["id"]
    cur = _conn().cursor(dictionary=True)
    # expect: sql-injection
    cur.execute("SELECT * FROM orders WHERE id = " + order_id)
    return cur.fetchone()


def search(event, context):
    q = event["queryStringParameters"]
    sql = "SELECT * FROM orders WHERE customer = '{}' AND status = '{}'".format(q["customer"], q["status"])
    cur = _conn().cursor()
    # expect: sql-injection
    cur.execute(sql)
    return cur.fetchall()


def bulk_tag(event, context):
    tag = event["detail"]["tag"]
    rows = [(i,) for i in event["detail"]["ids"]]
    cur = _conn().cursor()
    # expect: sql-injection
    cur.executemany(f"UPDATE orders SET tag = '{tag}' WHERE id = %s", rows)
    return {"updated": cur.rowcount}


def safe_handler(event, context):
    cur = _conn().cursor()
    cur.execute("SELECT * FROM orders WHERE id = %s", (event["pathParameters"]["id"],))
    cur.executemany("UPDATE orders SET tag = %s WHERE id = %s", [(event["tag"], i) for i in event["ids"]])
    return cur.fetchall()
