"""Lambda behind API Gateway: order reports from the Aurora PostgreSQL cluster."""
import json
import os

import sqlalchemy
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    status = params.get("status", "open")
    with engine.connect() as conn:
        # expect: sql-injection
        rows = conn.execute(text(f"SELECT id, total FROM orders WHERE status = '{status}'")).fetchall()
    return {"statusCode": 200, "body": json.dumps([dict(r._mapping) for r in rows], default=str)}


def customer_orders(event, context):
    customer = event["pathParameters"]["customer_id"]
    sql = "SELECT id, created_at FROM orders WHERE customer_id = " + customer
    with engine.begin() as conn:
        # expect: sql-injection
        result = conn.execute(sqlalchemy.text(sql))
        return {"statusCode": 200, "body": json.dumps([list(r) for r in result], default=str)}


def search(event, context):
    body = json.loads(event["body"])
    query = "SELECT id FROM products WHERE name ILIKE '%%{}%%' ORDER BY {}".format(body["term"], body["sort"])
    with engine.connect() as connection:
        # expect: sql-injection
        ids = [r.id for r in connection.execute(text(query))]
    return {"statusCode": 200, "body": json.dumps(ids)}


def archive(event, context):
    order_ids = event["detail"]["order_ids"]
    with engine.begin() as conn:
        # expect: sql-injection
        conn.exec_driver_sql("UPDATE orders SET archived = true WHERE id IN (%s)" % ",".join(order_ids))
    return {"archived": len(order_ids)}


def order_detail(event, context):
    order_id = event["pathParameters"]["order_id"]
    with engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM orders WHERE id = :id"), {"id": order_id}).first()
    return {"statusCode": 200 if row else 404, "body": json.dumps(dict(row._mapping) if row else {}, default=str)}


def totals(event, context):
    status = (event.get("queryStringParameters") or {}).get("status", "open")
    stmt = text("SELECT sum(total) FROM orders WHERE status = :status").bindparams(status=status)
    with engine.connect() as conn:
        total = conn.execute(stmt).scalar()
    return {"statusCode": 200, "body": json.dumps({"total": total}, default=str)}
