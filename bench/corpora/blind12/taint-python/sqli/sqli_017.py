# library: Flask + psycopg2
"""psycopg2: value from request (get_data)."""
import configparser
import os

import psycopg2
from flask import Flask, request


app = Flask(__name__)

DSN = os.environ.get("DATABASE_URL", "dbname=shop")


@app.post("/orders")
def orders_9():
    param = request.get_data(as_text=True)
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "alice")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyB")
    conn = psycopg2.connect(DSN)
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT id, total FROM orders WHERE status = '%s'" % bar)
        rows = cur.fetchall()
    return {"orders": rows}
