"""Search and admin endpoints of a small Flask inventory service."""
import os
import shlex
import sqlite3
import subprocess

import requests
from flask import Flask, abort, redirect, render_template_string, request, send_file
from flask import request as flask_request
from markupsafe import escape
from sqlalchemy import text

from .db import engine, get_conn

app = Flask(__name__)
ALLOWED_REPORTS = {"daily", "weekly"}
REPORT_DIR = "/srv/reports"


def current_query():
    return request.args.get("q", "")


def order_clause(column):
    return "ORDER BY " + column


@app.route("/search")
def search():
    term = request.args.get("q")
    conn = get_conn()
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("SELECT id, name FROM items WHERE name LIKE '%" + term + "%'")
    return {"rows": cur.fetchall()}


@app.route("/search2")
def search_fstring():
    term = request.args["q"]
    sql = f"SELECT id FROM items WHERE name = '{term}'"
    cur = get_conn().cursor()
    # expect: sql-injection
    cur.execute(sql)
    return {"rows": cur.fetchall()}


@app.route("/search-safe")
def search_safe():
    term = request.args.get("q", "")
    cur = get_conn().cursor()
    cur.execute("SELECT id FROM items WHERE name = ?", (term,))
    return {"rows": cur.fetchall()}


@app.route("/sorted")
def sorted_items():
    column = request.args.get("sort", "name")
    query = "SELECT id, name FROM items " + order_clause(column)
    with engine.connect() as db:
        # expect: sql-injection
        rows = db.execute(text(query)).fetchall()
    return {"rows": [dict(r._mapping) for r in rows]}


@app.route("/count")
def count_items():
    table = "items"
    query = "SELECT COUNT(*) FROM %s" % table
    with engine.connect() as db:
        total = db.execute(text(query)).scalar()
    return {"total": total}


@app.route("/by-helper")
def by_helper():
    q = current_query()
    stmt = "SELECT * FROM items WHERE sku = '{}'".format(q)
    conn = sqlite3.connect("inventory.db")
    # expect: sql-injection
    return {"rows": conn.execute(stmt).fetchall()}


@app.route("/page")
def page():
    page_no = int(request.args.get("page", "1"))
    conn = sqlite3.connect("inventory.db")
    rows = conn.execute("SELECT * FROM items LIMIT 20 OFFSET %d" % (page_no * 20)).fetchall()
    return {"rows": rows}


@app.route("/items/<item_id>")
def item(item_id):
    conn = sqlite3.connect("inventory.db")
    # expect: sql-injection
    row = conn.execute("SELECT * FROM items WHERE id = " + item_id).fetchone()
    return {"row": row}


@app.route("/ping")
def ping():
    host = flask_request.form["host"]
    # expect: command-injection
    out = subprocess.check_output("ping -c 1 " + host, shell=True)
    return out


@app.route("/ping-safe")
def ping_safe():
    host = request.form["host"]
    out = subprocess.check_output("ping -c 1 " + shlex.quote(host), shell=True)
    return out


@app.route("/disk")
def disk():
    out = subprocess.check_output("df -h /srv", shell=True)
    return out


@app.route("/archive", methods=["POST"])
def archive():
    payload = request.get_json()
    name = payload["name"]
    cmd = "tar czf /srv/out.tgz %s" % name
    # expect: command-injection
    os.system(cmd)
    return "ok"


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "0")
    # expect: code-injection
    return str(eval(expr))


@app.route("/report")
def report():
    name = request.args.get("name", "")
    # expect: path-traversal
    return send_file(os.path.join(REPORT_DIR, name))


@app.route("/report-safe")
def report_safe():
    name = request.args.get("name", "")
    if name not in ALLOWED_REPORTS:
        abort(404)
    return send_file(os.path.join(REPORT_DIR, os.path.basename(name) + ".pdf"))


@app.route("/notes")
def notes():
    fname = request.args["file"]
    # expect: path-traversal
    with open("/srv/notes/" + fname) as fh:
        return fh.read()


@app.route("/fetch")
def fetch():
    url = request.args.get("url")
    # expect: ssrf
    resp = requests.get(url, timeout=5)
    return resp.text


@app.route("/status")
def status():
    resp = requests.get("https://status.example.com/api", timeout=5)
    return resp.json()


@app.route("/login")
def login():
    nxt = request.args.get("next", "/")
    # expect: open-redirect
    return redirect(nxt)


@app.route("/logout")
def logout():
    return redirect("/")


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    # expect: template-injection
    return render_template_string("<h1>Hello " + name + "</h1>")


@app.route("/hello-safe")
def hello_safe():
    name = request.args.get("name", "world")
    return render_template_string("<h1>Hello {{ name }}</h1>", name=name)


@app.route("/greet")
def greet():
    who = request.args.get("who", "")
    # expect: xss
    return "<p>Welcome back, %s</p>" % who


@app.route("/greet-safe")
def greet_safe():
    who = request.args.get("who", "")
    return "<p>Welcome back, %s</p>" % escape(who)
