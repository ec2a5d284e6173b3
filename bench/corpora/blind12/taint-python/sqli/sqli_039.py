# library: Flask + psycopg2 (table name)
"""psycopg2 (table name): value from request (args.get default)."""
import os

import psycopg2
from flask import Flask, request


app = Flask(__name__)

DSN = os.environ.get("DATABASE_URL", "dbname=analytics")


@app.get("/stats")
def stats_20():
    param = request.args.get("author", "")
    num = 106
    bar = param if 7 * 18 + num > 200 else "alice"
    conn = psycopg2.connect(DSN)
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("SELECT count(*) FROM {} WHERE created_at > now() - interval '1 day'".format(bar))
    count = cur.fetchone()[0]
    return {"count": count}
