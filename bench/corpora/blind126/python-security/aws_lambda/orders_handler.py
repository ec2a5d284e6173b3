"""Order lookups behind API Gateway (Lambda + PyMySQL)."""
import json
import os

import pymysql

conn = pymysql.connect(
    host=os.environ["DB_HOST"],
    user=os.environ["DB_USER"],
    password=os.environ["DB_PASSWORD"],
    database="shop",
    cursorclass=pymysql.cursors.DictCursor,
)


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    action = params.get("action", "get")
    with conn.cursor() as cur:
        if action == "get":
            # expect: sql-injection
            cur.execute("SELECT * FROM orders WHERE order_ref = '%s'" % params["ref"])
        elif action == "by_customer":
            # expect: sql-injection
            cur.execute(f"SELECT id, total FROM orders WHERE customer_email = '{params['email']}' ORDER BY id DESC")
        elif action == "cancel":
            cur.execute("UPDATE orders SET status = 'cancelled' WHERE order_ref = %s", (params["ref"],))
            conn.commit()
        elif action == "note":
            body = json.loads(event["body"])
            # expect: sql-injection
            cur.execute("UPDATE orders SET note = '{}' WHERE order_ref = '{}'".format(body["note"], body["ref"]))
            conn.commit()
        else:
            cur.execute("SELECT COUNT(*) AS n FROM orders WHERE status = %s", ("open",))
        rows = cur.fetchall()
    print("SELECT for action=%s returned %d rows" % (action, len(rows)))
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}
