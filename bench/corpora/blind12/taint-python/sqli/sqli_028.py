# library: Flask + sqlite3 (delete)
"""sqlite3 (delete): value from request (values)."""
import sqlite3

from flask import Flask, request


app = Flask(__name__)

DB_PATH = "instance/app.db"

DEFAULT_VALUE = "alice"


@app.route("/logout")
def logout_14():
    param = request.values.get("q", "")
    bar = param.strip()
    bar = DEFAULT_VALUE
    conn = sqlite3.connect(DB_PATH)
    conn.execute("DELETE FROM sessions WHERE token = '%s'" % (bar,))
    conn.commit()
    return {"deleted": True}
