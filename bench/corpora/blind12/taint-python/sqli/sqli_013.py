# library: Flask + sqlite3 (delete)
"""sqlite3 (delete): value from request (view_args)."""
import sqlite3

from flask import Flask, request


app = Flask(__name__)

DB_PATH = "instance/app.db"

ALLOWED = {"alice", "bob", "carol"}


@app.route("/logout/<status>")
def logout_7(status):
    param = request.view_args["status"]
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    conn = sqlite3.connect(DB_PATH)
    # expect: sql-injection
    conn.execute("DELETE FROM sessions WHERE token = '%s'" % (bar,))
    conn.commit()
    return {"deleted": True}
