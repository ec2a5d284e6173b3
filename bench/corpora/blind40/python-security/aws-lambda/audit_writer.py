"""Writes audit rows from API Gateway events."""
import json

import psycopg2

conn = psycopg2.connect("dbname=audit")


def handler(event, context):
    body = json.loads(event["body"])
    # expect: sql-injection
    sql = "UPDATE sessions SET last_seen = now() WHERE actor = '" + body["actor"] + "'"
    with conn.cursor() as cur:
        cur.execute(sql)
    return {"statusCode": 201}


def purge(event, context):
    days = event["queryStringParameters"]["days"]
    # expect: sql-injection
    stmt = "DELETE FROM audit WHERE age_days = %s" % days
    with conn.cursor() as cur:
        cur.execute(stmt)
    return {"statusCode": 204}


def rename(event, context):
    detail = event["detail"]
    # expect: sql-injection
    q = "UPDATE users SET display_name = '{}' WHERE id = {}".format(detail["name"], detail["id"])
    with conn.cursor() as cur:
        cur.execute(q)


def lookup(event, context):
    actor = event["pathParameters"]["actor"]
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT * FROM audit WHERE actor = '{actor}'")
        return cur.fetchall()


def safe_handler(event, context):
    actor = event["pathParameters"]["actor"]
    print("SELECT * FROM audit WHERE actor = " + actor)
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM audit WHERE actor = %s", (actor,))
        return cur.fetchall()
