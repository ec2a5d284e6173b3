# library: Flask + psycopg2 (table name)
"""psycopg2 (table name): value from request (cookies)."""
import os

import psycopg2
from flask import Blueprint, request


bp = Blueprint("sqli_stats_6", __name__)

DSN = os.environ.get("DATABASE_URL", "dbname=analytics")


@bp.route("/stats")
def stats_6():
    param = request.cookies.get("name", "")
    switch_target = "A"
    match switch_target:
        case "A":
            bar = "alice"
        case "B":
            bar = "bob"
        case _:
            bar = param
    conn = psycopg2.connect(DSN)
    cur = conn.cursor()
    cur.execute("SELECT count(*) FROM {} WHERE created_at > now() - interval '1 day'".format(bar))
    count = cur.fetchone()[0]
    return {"count": count}
