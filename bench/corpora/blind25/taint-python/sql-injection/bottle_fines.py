"""Fines lookup (Bottle)."""
import sqlite3

from bottle import request, route


@route("/fines")
def fines():
    member = request.query.member or ""
    try:
        limit = int(request.query.limit or 20)
    except ValueError:
        limit = 20
    conn = sqlite3.connect("library.db")
    # expect: sql-injection
    rows = conn.execute("SELECT amount, reason FROM fines WHERE member = '%s' LIMIT %d" % (member, limit)).fetchall()
    return {"fines": rows}
