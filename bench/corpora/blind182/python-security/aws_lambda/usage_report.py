"""Lambda behind API Gateway: usage figures for the customer portal."""
import json
import os

import sqlalchemy
from sqlalchemy import text

engine = sqlalchemy.create_engine(os.environ["REPORTING_DSN"], pool_size=1, max_overflow=0)
PERIODS = {"day": "1 day", "week": "7 days", "month": "30 days"}


def _claims(event):
    return event["requestContext"]["authorizer"]["claims"]


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    tenant = _claims(event)["custom:tenant_id"]
    interval = PERIODS.get(params.get("period", "day"), "1 day")
    with engine.connect() as conn:
        rows = conn.execute(
            text(f"SELECT metric, SUM(value) FROM usage WHERE tenant_id = :tenant AND ts > now() - interval '{interval}' GROUP BY metric"),
            {"tenant": tenant},
        ).fetchall()
    return {"statusCode": 200, "body": json.dumps({m: float(v) for m, v in rows})}


def export_handler(event, context):
    params = event.get("queryStringParameters") or {}
    metric = params.get("metric", "api_calls")
    tenant = _claims(event)["custom:tenant_id"]
    with engine.connect() as conn:
        # expect: sql-injection
        rows = conn.execute(f"SELECT day, value FROM usage_daily WHERE tenant_id = '{tenant}' AND metric = '{metric}' ORDER BY day").fetchall()
    return {"statusCode": 200, "body": json.dumps([[str(d), float(v)] for d, v in rows])}


def top_users_handler(event, context):
    body = json.loads(event["body"])
    limit = body.get("limit", 10)
    query = "SELECT user_id, COUNT(*) AS n FROM api_calls WHERE tenant_id = '%s' GROUP BY user_id ORDER BY n DESC LIMIT %s" % (_claims(event)["custom:tenant_id"], limit)
    with engine.connect() as conn:
        # expect: sql-injection
        rows = conn.execute(query).fetchall()
    return {"statusCode": 200, "body": json.dumps([{"user": u, "calls": n} for u, n in rows])}


def metric_names_handler(event, context):
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT DISTINCT metric FROM usage ORDER BY metric")).fetchall()
    return {"statusCode": 200, "body": json.dumps([r[0] for r in rows])}


def single_day_handler(event, context):
    params = event.get("queryStringParameters") or {}
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT SUM(value) FROM usage_daily WHERE tenant_id = :t AND day = :d"),
            {"t": _claims(event)["custom:tenant_id"], "d": params.get("day")},
        ).scalar()
    return {"statusCode": 200, "body": json.dumps({"total": float(row or 0)})}
