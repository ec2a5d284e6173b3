"""Product search API over the shop's SQLite catalogue."""
import sqlite3

from flask import Flask, g, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql+psycopg2://shop@db/shop")
SORT_COLUMNS = {"price": "price", "name": "name", "newest": "created_at"}


def db():
    if "db" not in g:
        g.db = sqlite3.connect("catalogue.db")
    return g.db


@app.route("/products")
def products():
    cat = request.args.get("category", "")
    cur = db().cursor()
    # expect: sql-injection
    cur.execute("SELECT id, name, price FROM products WHERE category = '%s'" % cat)
    return jsonify(cur.fetchall())


@app.route("/products/<sku>")
def product(sku):
    cur = db().cursor()
    # expect: sql-injection
    cur.execute(f"SELECT * FROM products WHERE sku = '{sku}'")
    return jsonify(cur.fetchone())


@app.route("/products/<int:pid>/reviews", methods=["POST"])
def add_review(pid):
    body = request.form["body"]
    with engine.begin() as conn:
        # expect: sql-injection
        conn.execute(text("INSERT INTO reviews (product_id, body) VALUES ({}, '{}')".format(pid, body)))
    return "", 201


@app.route("/admin/products", methods=["DELETE"])
def bulk_delete():
    ids = request.get_json()["ids"]
    cur = db().cursor()
    # expect: sql-injection
    cur.execute("DELETE FROM products WHERE id IN (" + ",".join(ids) + ")")
    db().commit()
    return "", 204


@app.route("/products/by-name")
def by_name():
    name = request.args.get("name", "")
    cur = db().cursor()
    cur.execute("SELECT id, name FROM products WHERE name LIKE ?", (f"%{name}%",))
    return jsonify(cur.fetchall())


@app.route("/products/sorted")
def sorted_products():
    col = SORT_COLUMNS.get(request.args.get("sort"), "name")
    cur = db().cursor()
    cur.execute(f"SELECT id, name, price FROM products ORDER BY {col}")
    return jsonify(cur.fetchall())


@app.route("/products/<sku>/stock")
def stock(sku):
    with engine.connect() as conn:
        row = conn.execute(text("SELECT qty FROM stock WHERE sku = :sku"), {"sku": sku}).first()
    return jsonify({"sku": sku, "qty": row[0] if row else 0})
