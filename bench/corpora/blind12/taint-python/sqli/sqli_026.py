# library: Flask + psycopg2 (table name)
"""psycopg2 (table name): value from request (form.get or)."""
import os

import psycopg2
from flask import Blueprint, request


bp = Blueprint("sqli_stats_13", __name__)

DSN = os.environ.get("DATABASE_URL", "dbname=analytics")


@bp.post("/stats")
def stats_13():
    param = request.form.get("category") or ""
    mode = "plain"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "bob"
    else:
        bar = "carol"
    conn = psycopg2.connect(DSN)
    cur = conn.cursor()
    cur.execute("SELECT count(*) FROM {} WHERE created_at > now() - interval '1 day'".format(bar))
    count = cur.fetchone()[0]
    return {"count": count}
