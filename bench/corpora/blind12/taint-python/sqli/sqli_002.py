# library: Flask + sqlite3
"""sqlite3: value from request (form[...])."""
import sqlite3

from flask import Flask, request


app = Flask(__name__)

DB_PATH = "instance/app.db"


@app.route("/users", methods=["POST"])
def users_1():
    param = request.form["name"]
    mode = "plain"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "bob"
    else:
        bar = "carol"
    conn = sqlite3.connect(DB_PATH)
    cur = conn.cursor()
    cur.execute(f"SELECT id, email FROM users WHERE name = '{bar}'")
    rows = cur.fetchall()
    conn.close()
    return {"users": rows}
