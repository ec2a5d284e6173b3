"""Fines lookup (Bottle), bound member and integer limit."""
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
    rows = conn.execute("SELECT amount, reason FROM fines WHERE member = ? LIMIT %d" % limit, (member,)).fetchall()
    return {"fines": rows}
