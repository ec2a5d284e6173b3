"""Visitor sign-in kiosk for the front desk."""
import os
import sqlite3
from datetime import datetime

from flask import Flask, g, redirect, render_template, request, url_for

app = Flask(__name__)
DB_PATH = os.environ.get("KIOSK_DB", "visitors.db")


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
    return g.db


@app.teardown_appcontext
def close_db(exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


@app.route("/", methods=["GET", "POST"])
def sign_in():
    if request.method == "POST":
        db().execute(
            "INSERT INTO visits (name, host, arrived) VALUES (?, ?, ?)",
            (request.form["name"], request.form["host"], datetime.now().isoformat()),
        )
        db().commit()
        return redirect(url_for("thanks"))
    return render_template("sign_in.html")


@app.route("/thanks")
def thanks():
    return render_template("thanks.html")


@app.route("/today")
def today():
    rows = db().execute("SELECT name, host, arrived FROM visits WHERE arrived >= date('now')").fetchall()
    return render_template("today.html", rows=rows)


def run_kiosk():
    """Production kiosk: the tablet's browser talks to localhost only."""
    app.run(host="127.0.0.1", port=8000)


def run_reception_screen():
    """Reception dashboard, opened from the staff laptops on the office Wi-Fi."""
    # expect: bind-all
    app.run(host="0.0.0.0", port=8001)


def run_configured():
    app.run(host=os.environ.get("KIOSK_HOST", "127.0.0.1"), port=int(os.environ.get("KIOSK_PORT", "8000")))


if __name__ == "__main__":
    # expect: bind-all
    app.run("0.0.0.0", 8000)
