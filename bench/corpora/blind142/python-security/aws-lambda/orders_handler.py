"""API Gateway handlers for the orders table (MySQL on RDS)."""
import json
import os

import mysql.connector

conn = mysql.connector.connect(
    host=os.environ["DB_HOST"],
    user=os.environ["DB_USER"],
    password=os.environ["DB_PASSWORD"],
    database=os.environ["DB_NAME"],
)


def list_orders(event, context):
    customer = event["queryStringParameters"]["customerId"]
    cursor = conn.cursor(dictionary=True)
    # expect: sql-injection
    cursor.execute(f"SELECT id, total FROM orders WHERE customer_id = '{customer}'")
    return {"statusCode": 200, "body": json.dumps(cursor.fetchall(), default=str)}


def get_order(event, context):
    cursor = conn.cursor(dictionary=True)
    cursor.execute("SELECT * FROM orders WHERE id = %s", (event["pathParameters"]["id"],))
    return {"statusCode": 200, "body": json.dumps(cursor.fetchone(), default=str)}


def delete_cart(event, context):
    cursor = conn.cursor()
    # expect: sql-injection
    cursor.execute("DELETE FROM carts WHERE id = " + event["pathParameters"]["id"])
    conn.commit()
    return {"statusCode": 204}


def update_status(event, context):
    body = json.loads(event["body"])
    cursor = conn.cursor()
    # expect: sql-injection
    cursor.execute("UPDATE orders SET status = '%s' WHERE id = %s" % (body["status"], body["id"]))
    conn.commit()
    return {"statusCode": 204}


def tag_orders(event, context):
    body = json.loads(event["body"])
    cursor = conn.cursor()
    cursor.executemany("INSERT INTO order_tags (order_id, tag) VALUES (%s, %s)", [(body["id"], t) for t in body["tags"]])
    conn.commit()
    return {"statusCode": 204}


def stats(event, context):
    cursor = conn.cursor()
    cursor.execute("SELECT status, count(*) FROM orders GROUP BY status")
    return {"statusCode": 200, "body": json.dumps(dict(cursor.fetchall()))}
