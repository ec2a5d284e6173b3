# library: Flask + sqlite3
"""sqlite3: value from request (args.get + guard)."""
import sqlite3

from flask import Blueprint, request


bp = Blueprint("sqli_users_15", __name__)

DB_PATH = "instance/app.db"


@bp.route("/users")
def users_15():
    param = request.args.get("author")
    if not param:
        param = ""
    num = 50
    if (7 * 18) + num > 200:
        bar = "alice"
    else:
        bar = param
    conn = sqlite3.connect(DB_PATH)
    cur = conn.cursor()
    cur.execute("SELECT id, email FROM users WHERE name = ?", (bar,))
    rows = cur.fetchall()
    conn.close()
    return {"users": rows}
