"""Catalog views: product search, exports and the supplier feed preview."""
import sqlite3
import subprocess as sp
from pathlib import Path
from urllib.parse import urlparse

import requests
from flask import Blueprint, abort, g, jsonify, redirect, send_file
from flask import request as rq
from markupsafe import escape

bp = Blueprint("catalog", __name__, url_prefix="/catalog")

EXPORT_ROOT = Path("/srv/catalog/exports")
SORTABLE = {"name", "price", "created_at"}
FEED_HOSTS = {"feeds.acme-suppliers.com", "cdn.partner-feeds.net"}


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect("/srv/catalog/catalog.db")
    return g.db


def _filter_clause(field, value):
    return "WHERE {} LIKE '%{}%'".format(field, value)


@bp.get("/search")
def search():
    term = rq.args.get("q", "")
    cur = get_db().cursor()
    # expect: sql-injection
    cur.execute("SELECT id, name, price FROM products WHERE name LIKE '%" + term + "%'")
    return jsonify(cur.fetchall())


@bp.get("/search/safe")
def search_safe():
    term = rq.args.get("q", "")
    cur = get_db().cursor()
    cur.execute("SELECT id, name, price FROM products WHERE name LIKE ?", (f"%{term}%",))
    return jsonify(cur.fetchall())


@bp.get("/by-field")
def by_field():
    clause = _filter_clause(rq.args["field"], rq.args["value"])
    db = get_db()
    # expect: sql-injection
    rows = db.execute(f"SELECT id, name FROM products {clause}").fetchall()
    return jsonify(rows)


@bp.get("/sorted")
def sorted_products():
    order = rq.args.get("order", "name")
    if order not in SORTABLE:
        abort(400)
    rows = get_db().execute(f"SELECT id, name FROM products ORDER BY {order}").fetchall()
    return jsonify(rows)


@bp.get("/page/<page>")
def page(page):
    offset = int(page) * 50
    rows = get_db().execute("SELECT id, name FROM products LIMIT 50 OFFSET %d" % offset).fetchall()
    return jsonify(rows)


@bp.get("/export")
def export():
    name = rq.args.get("file")
    # expect: path-traversal
    return send_file(EXPORT_ROOT / name, as_attachment=True)


@bp.get("/export/safe")
def export_safe():
    name = Path(rq.args.get("file", "")).name
    target = (EXPORT_ROOT / name).resolve()
    if not target.is_relative_to(EXPORT_ROOT) or not target.is_file():
        abort(404)
    return send_file(target, as_attachment=True)


@bp.post("/thumbnails")
def thumbnails():
    size = rq.form["size"]
    sku = rq.form["sku"]
    # expect: command-injection
    sp.run(f"convert /srv/img/{sku}.png -resize {size} /srv/thumbs/{sku}.png", shell=True, check=True)
    return "", 204


@bp.post("/thumbnails/safe")
def thumbnails_safe():
    size = int(rq.form["size"])
    sku = rq.form["sku"]
    sp.run(["convert", f"/srv/img/{sku}.png", "-resize", f"{size}x{size}", f"/srv/thumbs/{sku}.png"], check=True)
    return "", 204


@bp.get("/feed-preview")
def feed_preview():
    url = rq.args["url"]
    # expect: ssrf
    body = requests.get(url, timeout=5).text
    return jsonify(lines=body.splitlines()[:20])


@bp.get("/feed-preview/safe")
def feed_preview_safe():
    url = rq.args["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in FEED_HOSTS:
        abort(400)
    body = requests.get(url, timeout=5).text
    return jsonify(lines=body.splitlines()[:20])


@bp.get("/continue")
def continue_to():
    target = rq.args.get("next", "/catalog")
    # expect: open-redirect
    return redirect(target)


@bp.get("/continue/safe")
def continue_safe():
    target = rq.args.get("next", "")
    if urlparse(target).netloc or not target.startswith("/") or target.startswith("//"):
        target = "/catalog"
    return redirect(target)


@bp.get("/hello")
def hello():
    who = rq.args.get("who", "guest")
    # expect: xss
    return f"<h1>Hello {who}</h1>"


@bp.get("/hello/safe")
def hello_safe():
    who = rq.args.get("who", "guest")
    return f"<h1>Hello {escape(who)}</h1>"


@bp.get("/stats")
def stats():
    rows = get_db().execute("SELECT COUNT(*) FROM products WHERE deleted = 0").fetchone()
    return jsonify(count=rows[0])
