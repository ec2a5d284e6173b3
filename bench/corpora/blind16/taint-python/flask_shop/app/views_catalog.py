from flask import request

from . import app
from .helpers import clamp_int, db, get_param

SORT_COLUMNS = {"price": "price", "name": "name", "new": "created_at"}


@app.get("/catalog")
def catalog():
    category = get_param(request, "category")
    if not category:
        category = ""
    # expect: sql-injection
    rows = db().execute(f"SELECT id, name FROM products WHERE category = '{category}'").fetchall()
    return {"items": rows}


@app.get("/catalog/sorted")
def catalog_sorted():
    sort = SORT_COLUMNS.get(get_param(request, "sort", "name"), "name")
    limit = clamp_int(get_param(request, "limit"), 1, 100, 20)
    rows = db().execute(f"SELECT id, name FROM products ORDER BY {sort} LIMIT {limit}").fetchall()
    return {"items": rows}


@app.get("/catalog/brand")
def catalog_brand():
    if request.args.get("house") == "1":
        brand = "Acme"
    else:
        brand = get_param(request, "brand", "")
    # expect: sql-injection
    rows = db().execute("SELECT id, name FROM products WHERE brand = '%s'" % brand).fetchall()
    return {"items": rows}


@app.get("/catalog/featured")
def catalog_featured():
    tag = "featured" if 7 > 3 else get_param(request, "tag")
    rows = db().execute(f"SELECT id FROM products WHERE tag = '{tag}'").fetchall()
    return {"items": rows}


@app.get("/catalog/search")
def catalog_search():
    term = get_param(request, "q", "")
    rows = db().execute("SELECT id, name FROM products WHERE name LIKE ?", (f"%{term}%",)).fetchall()
    return {"items": rows}
