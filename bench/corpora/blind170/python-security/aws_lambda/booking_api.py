"""API Gateway handlers for the room booking service (Aurora PostgreSQL)."""
import json
import logging
import os

import psycopg2

log = logging.getLogger()
conn = psycopg2.connect(os.environ["DATABASE_URL"])

ORDERABLE = {"start": "start_at", "room": "room_id"}


def _ok(body):
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps(body, default=str)}


def list_bookings(event, context):
    params = event.get("queryStringParameters") or {}
    room = params.get("room", "")
    # expect: sql-injection
    sql = "SELECT id, room_id, start_at, end_at FROM bookings WHERE room_id = '" + room + "' ORDER BY start_at"
    with conn.cursor() as cur:
        cur.execute(sql)
        return _ok(cur.fetchall())


def cancel_booking(event, context):
    booking_id = event["pathParameters"]["id"]
    user = event["requestContext"]["authorizer"]["claims"]["sub"]
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"DELETE FROM bookings WHERE id = {booking_id} AND owner_sub = '{user}'")
        conn.commit()
        return _ok({"deleted": cur.rowcount})


def bookings_for_day(event, context):
    params = event.get("queryStringParameters") or {}
    order = ORDERABLE.get(params.get("order"), "start_at")
    with conn.cursor() as cur:
        cur.execute(f"SELECT id, room_id, start_at FROM bookings WHERE start_at::date = %s ORDER BY {order}", (params.get("day"),))
        return _ok(cur.fetchall())


def create_booking(event, context):
    body = json.loads(event["body"])
    log.info("SELECT for room %s by %s", body.get("room"), event["requestContext"]["requestId"])
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO bookings (room_id, start_at, end_at, owner_sub) VALUES (%s, %s, %s, %s) RETURNING id",
            (body["room"], body["start"], body["end"], event["requestContext"]["authorizer"]["claims"]["sub"]),
        )
        conn.commit()
        return _ok({"id": cur.fetchone()[0]})


def health(event, context):
    with conn.cursor() as cur:
        cur.execute("SELECT 1")
        return _ok({"db": cur.fetchone()[0] == 1})
