# library: Flask + sqlite3
"""sqlite3: value from request (args[...])."""
import sqlite3

from flask import Blueprint, request


bp = Blueprint("sqli_users_8", __name__)

DB_PATH = "instance/app.db"


@bp.route("/users")
def users_8():
    param = request.args["category"]
    num = 196
    bar = param if 7 * 18 + num > 200 else "alice"
    conn = sqlite3.connect(DB_PATH)
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute(f"SELECT id, email FROM users WHERE name = '{bar}'")
    rows = cur.fetchall()
    conn.close()
    return {"users": rows}
