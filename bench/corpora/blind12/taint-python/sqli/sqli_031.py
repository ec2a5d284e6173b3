# library: Flask + psycopg2
"""psycopg2: value from request (get_json)."""
import os

import psycopg2
from flask import Flask, request


app = Flask(__name__)

DSN = os.environ.get("DATABASE_URL", "dbname=shop")


@app.post("/orders")
def orders_16():
    payload = request.get_json(silent=True) or {}
    param = payload.get("name", "")
    values = []
    values.append("alice")
    values.append(param)
    values.append("bob")
    values.pop(0)
    bar = values[0]
    conn = psycopg2.connect(DSN)
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT id, total FROM orders WHERE status = '%s'" % bar)
        rows = cur.fetchall()
    return {"orders": rows}
