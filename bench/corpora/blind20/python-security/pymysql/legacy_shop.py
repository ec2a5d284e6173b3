"""Legacy shop backend on PyMySQL (Flask)."""
import os

import pymysql
import pymysql.cursors
from flask import Flask, abort, jsonify, request

app = Flask(__name__)


def get_conn():
    return pymysql.connect(
        host=os.environ.get("MYSQL_HOST", "localhost"), user=os.environ["MYSQL_USER"],
        password=os.environ["MYSQL_PASSWORD"], database="shop", cursorclass=pymysql.cursors.DictCursor,
    )


@app.get("/products")
def products():
    category = request.args.get("category", "")
    conn = get_conn()
    with conn.cursor() as cursor:
        cursor.execute("SELECT * FROM products WHERE category = %s", (category,))
        rows = cursor.fetchall()
    return jsonify(rows)


@app.get("/products/by-name")
def products_by_name():
    name = request.args.get("name", "")
    conn = get_conn()
    with conn.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT * FROM products WHERE name LIKE '%%" + name + "%%'")
        rows = cursor.fetchall()
    return jsonify(rows)


@app.post("/login")
def login():
    form = request.form
    conn = get_conn()
    with conn.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT id FROM users WHERE email = '{form['email']}' AND pw_hash = SHA2('{form['pw']}', 256)")
        user = cursor.fetchone()
    if not user:
        abort(401)
    return jsonify(id=user["id"])


@app.post("/cart/<int:cart_id>/items")
def add_item(cart_id):
    sku = request.json["sku"]
    qty = int(request.json.get("qty", 1))
    conn = get_conn()
    with conn.cursor() as cursor:
        cursor.execute("INSERT INTO cart_items (cart_id, sku, qty) VALUES (%(c)s, %(s)s, %(q)s)", {"c": cart_id, "s": sku, "q": qty})
    conn.commit()
    return jsonify(ok=True), 201


@app.delete("/cart/<int:cart_id>/items")
def remove_items(cart_id):
    skus = request.json.get("skus", [])
    placeholders = ", ".join(["%s"] * len(skus))
    conn = get_conn()
    with conn.cursor() as cursor:
        cursor.execute(f"DELETE FROM cart_items WHERE cart_id = %s AND sku IN ({placeholders})", [cart_id, *skus])
    conn.commit()
    return "", 204


@app.get("/orders")
def orders():
    status = request.args.get("status", "open")
    sql = "SELECT * FROM orders WHERE status = '{0}' ORDER BY id DESC".format(status)
    conn = get_conn()
    with conn.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(sql)
        return jsonify(cursor.fetchall())
