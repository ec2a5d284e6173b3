"""Storefront views (Flask)."""
from __future__ import annotations

import logging
import os
import sqlite3
import subprocess

import requests
from flask import (Blueprint, Response, abort, current_app, jsonify, make_response, redirect,
                   render_template, render_template_string, request, send_file, url_for)
from markupsafe import escape
from werkzeug.utils import secure_filename

bp = Blueprint("shop", __name__)
log = logging.getLogger(__name__)
INVOICE_DIR = "/srv/shop/invoices"
SORT_COLUMNS = {"price": "price", "name": "name", "new": "created_at"}
PARTNER_HOSTS = {"img.partner-a.example", "cdn.partner-b.example"}


def db() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["DB_PATH"])
    conn.row_factory = sqlite3.Row
    return conn


def search_term() -> str:
    return request.args.get("q", "").strip()


def category_clause() -> str:
    cat = request.args.get("category")
    return f"category = '{cat}'" if cat else "1=1"


@bp.get("/search")
def search():
    term = search_term()
    sql = f"SELECT id, name, price FROM products WHERE name LIKE '%{term}%'"
    # expect: tainted-sql
    rows = db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.get("/search2")
def search_safe():
    term = search_term()
    rows = db().execute("SELECT id, name, price FROM products WHERE name LIKE ?", (f"%{term}%",)).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.get("/browse")
def browse():
    where = category_clause()
    # expect: tainted-sql
    rows = db().execute("SELECT id, name FROM products WHERE " + where).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.get("/sorted")
def sorted_products():
    column = SORT_COLUMNS.get(request.args.get("sort", "name"), "name")
    rows = db().execute(f"SELECT id, name FROM products ORDER BY {column}").fetchall()
    return jsonify([dict(r) for r in rows])


@bp.get("/page/<int:page>")
def page(page):
    offset = page * 20
    rows = db().execute("SELECT id, name FROM products LIMIT 20 OFFSET %d" % offset).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.get("/invoice")
def invoice():
    name = request.args["file"]
    # expect: tainted-path
    return send_file(os.path.join(INVOICE_DIR, name))


@bp.get("/invoice2")
def invoice_safe():
    name = secure_filename(request.args["file"])
    return send_file(os.path.join(INVOICE_DIR, name))


@bp.post("/thumbnail")
def thumbnail():
    src = request.form["image_url"]
    # expect: tainted-ssrf
    resp = requests.get(src, timeout=5)
    return Response(resp.content, mimetype="image/jpeg")


@bp.post("/thumbnail2")
def thumbnail_partner():
    src = request.form["image_url"]
    host = requests.utils.urlparse(src).hostname
    if host not in PARTNER_HOSTS:
        abort(400)
    resp = requests.get(src, timeout=5)
    return Response(resp.content, mimetype="image/jpeg")


@bp.get("/login/done")
def login_done():
    target = request.args.get("next") or url_for("shop.home")
    # expect: tainted-redirect
    return redirect(target)


@bp.get("/logout/done")
def logout_done():
    target = request.args.get("next", "")
    if not target.startswith("/") or target.startswith("//"):
        target = url_for("shop.home")
    return redirect(target)


@bp.get("/greet")
def greet():
    name = request.args.get("name", "friend")
    template = "<h2>Welcome back, %s!</h2>" % name
    # expect: tainted-template
    return render_template_string(template)


@bp.get("/greet2")
def greet_safe():
    return render_template_string("<h2>Welcome back, {{ name }}!</h2>", name=request.args.get("name", "friend"))


@bp.get("/echo")
def echo():
    msg = request.args.get("msg", "")
    body = "<p>You said: {}</p>".format(msg)
    # expect: tainted-xss
    return make_response(body)


@bp.get("/echo2")
def echo_safe():
    msg = request.args.get("msg", "")
    return make_response("<p>You said: {}</p>".format(escape(msg)))


@bp.post("/labels/print")
def print_label():
    printer = request.form.get("printer", "zebra1")
    copies = request.form.get("copies", "1")
    cmd = f"lp -d {printer} -n {copies} /srv/shop/labels/current.zpl"
    # expect: tainted-command
    subprocess.run(cmd, shell=True, check=True)
    return jsonify(ok=True)


@bp.post("/labels/print2")
def print_label_safe():
    printer = request.form.get("printer", "zebra1")
    copies = int(request.form.get("copies", "1"))
    subprocess.run(["lp", "-d", printer, "-n", str(copies), "/srv/shop/labels/current.zpl"], check=True)
    return jsonify(ok=True)


@bp.get("/")
def home():
    return render_template("home.html")
