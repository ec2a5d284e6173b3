"""Internal catalog maintenance endpoints. Everything here is validated before use."""
import os
import shlex
import subprocess
from urllib.parse import urlparse

import requests
from flask import Blueprint, abort, jsonify, redirect, request, send_from_directory, url_for
from markupsafe import Markup, escape
from werkzeug.utils import secure_filename

from .views import get_db

internal = Blueprint("catalog_internal", __name__, url_prefix="/internal")

IMPORT_DIR = "/srv/catalog/imports"
REPORT_TABLES = {"products": "products", "suppliers": "suppliers"}
PRICE_API = "https://prices.acme-internal.net/v2"
TRUSTED_CDN = {"cdn.acme.com"}


def query_for_category():
    # same names as the tainted helpers in views.py, but built only from constants
    field, value = "category", "books"
    return f"SELECT id FROM products WHERE {field} = '{value}'"


@internal.get("/books")
def books():
    return jsonify(get_db().execute(query_for_category()).fetchall())


@internal.get("/import/<name>")
def import_file(name):
    return send_from_directory(IMPORT_DIR, name)


@internal.post("/import")
def upload_import():
    f = request.files["file"]
    name = secure_filename(f.filename)
    f.save(os.path.join(IMPORT_DIR, name))
    subprocess.run(["csvclean", os.path.join(IMPORT_DIR, name)], check=True)
    return jsonify(stored=name)


@internal.get("/count/<kind>")
def count(kind):
    table = REPORT_TABLES.get(kind)
    if table is None:
        abort(404)
    return jsonify(get_db().execute("SELECT COUNT(*) FROM " + table).fetchone()[0])


@internal.get("/price/<int:sku>")
def price(sku):
    r = requests.get(f"{PRICE_API}/sku/{sku}", timeout=3)
    return jsonify(r.json())


@internal.get("/image")
def image():
    src = request.args.get("src", "")
    if urlparse(src).hostname not in TRUSTED_CDN:
        abort(400)
    r = requests.get(src, timeout=3)
    return r.content, 200, {"Content-Type": "image/png"}


@internal.get("/label")
def label():
    text = request.args.get("text", "")
    return Markup("<span class='label'>{}</span>").format(text)


@internal.get("/title")
def title():
    return "<title>%s</title>" % escape(request.args.get("t", ""))


@internal.post("/reindex")
def reindex():
    index = request.form.get("index", "products")
    subprocess.run("curl -s -XPOST localhost:9200/%s/_refresh" % shlex.quote(index), shell=True, check=True)
    return "", 204


@internal.get("/back")
def back():
    return redirect(url_for("catalog.search", q=request.args.get("q", "")))
