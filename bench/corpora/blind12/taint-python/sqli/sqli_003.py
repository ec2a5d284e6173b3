# library: Flask + psycopg2
"""psycopg2: value from request (route param)."""
import os

import psycopg2
from flask import Flask, request


app = Flask(__name__)

DSN = os.environ.get("DATABASE_URL", "dbname=shop")

DEFAULT_VALUE = "alice"


@app.route("/orders/<status>")
def orders_2(status):
    param = status
    bar = DEFAULT_VALUE
    if param:
        bar = param.strip()
    conn = psycopg2.connect(DSN)
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT id, total FROM orders WHERE status = '%s'" % bar)
        rows = cur.fetchall()
    return {"orders": rows}
