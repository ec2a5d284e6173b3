"""Reporting Lambda behind API Gateway: queries the analytics database."""
import json
import os

import sqlalchemy
from sqlalchemy import text

ENGINE = sqlalchemy.create_engine(os.environ["ANALYTICS_DSN"], pool_pre_ping=True)
SORT_COLUMNS = {"day": "day", "revenue": "revenue"}


def _respond(status, body):
    return {"statusCode": status, "headers": {"Content-Type": "application/json"}, "body": json.dumps(body, default=str)}


def daily_revenue(conn, params):
    column = SORT_COLUMNS.get(params.get("sort"), "day")
    rows = conn.execute(
        text(f"SELECT day, revenue FROM daily_revenue WHERE shop_id = :shop ORDER BY {column}"),
        {"shop": params["shop_id"]},
    )
    return [dict(r._mapping) for r in rows]


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    body = json.loads(event.get("body") or "{}")
    with ENGINE.begin() as conn:
        if event["resource"] == "/revenue":
            return _respond(200, daily_revenue(conn, params))

        if event["resource"] == "/orders":
            # expect: sql-injection
            rows = conn.execute(text(f"SELECT id, total FROM orders WHERE customer_email = '{params['email']}'"))
            return _respond(200, [dict(r._mapping) for r in rows])

        if event["resource"] == "/segments":
            segment = body.get("segment", "all")
            query = "SELECT user_id FROM segments WHERE name = '%s'" % segment
            # expect: sql-injection
            rows = conn.execute(text(query))
            return _respond(200, [r.user_id for r in rows])

        if event["resource"] == "/cleanup":
            ids = ",".join(body.get("ids", []))
            # expect: sql-injection
            conn.execute(text("DELETE FROM carts WHERE id IN (" + ids + ")"))
            return _respond(204, {})

        if event["resource"] == "/search":
            table = event["pathParameters"]["table"]
            # expect: sql-injection
            rows = conn.exec_driver_sql("SELECT * FROM {} LIMIT 50".format(table))
            return _respond(200, [tuple(r) for r in rows])

        if event["resource"] == "/customer":
            rows = conn.execute(text("SELECT * FROM customers WHERE id = :id"), {"id": params.get("id")})
            return _respond(200, [dict(r._mapping) for r in rows])

    return _respond(404, {"error": "unknown resource"})
