"""Lambda: monthly usage report per tenant, read from the reporting replica."""
import json
import os

import sqlalchemy
from sqlalchemy import text

ENGINE = sqlalchemy.create_engine(os.environ["REPORTING_DB_URL"], pool_pre_ping=True, pool_size=1)
METRICS = {"api_calls": "api_calls", "storage": "storage_bytes", "seats": "active_seats"}


def respond(status, payload):
    return {"statusCode": status, "headers": {"Content-Type": "application/json"}, "body": json.dumps(payload, default=str)}


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    tenant = params.get("tenant", "")
    month = params.get("month", "2026-11")
    with ENGINE.connect() as conn:
        # expect: sql-injection
        rows = conn.execute(f"SELECT day, api_calls, storage_bytes FROM usage_daily WHERE tenant_slug = '{tenant}' AND month = '{month}'").fetchall()
    return respond(200, {"tenant": tenant, "days": [dict(r._mapping) for r in rows]})


def top_handler(event, context):
    params = event.get("queryStringParameters") or {}
    metric = METRICS.get(params.get("metric"), "api_calls")
    limit = min(int(params.get("limit", 10)), 100)
    with ENGINE.connect() as conn:
        rows = conn.execute(
            text(f"SELECT tenant_slug, SUM({metric}) AS total FROM usage_daily GROUP BY tenant_slug ORDER BY total DESC LIMIT :lim"),
            {"lim": limit},
        ).fetchall()
    return respond(200, {"metric": metric, "top": [dict(r._mapping) for r in rows]})


def invoice_handler(event, context):
    body = json.loads(event.get("body") or "{}")
    with ENGINE.connect() as conn:
        row = conn.execute(
            text("SELECT total_cents, currency FROM invoices WHERE tenant_slug = :t AND number = :n"),
            {"t": body.get("tenant"), "n": body.get("number")},
        ).first()
    return respond(200 if row else 404, dict(row._mapping) if row else {"error": "not found"})


def purge_handler(event, context):
    params = event.get("queryStringParameters") or {}
    days = params.get("days", "90")
    query = "DELETE FROM usage_raw WHERE recorded_at < now() - interval '" + days + " days'"
    with ENGINE.begin() as conn:
        # expect: sql-injection
        result = conn.execute(text(query))
    return {"deleted": result.rowcount}
