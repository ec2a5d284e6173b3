# library: Flask + sqlite3 (+= built query)
"""sqlite3 (+= built query): value from request (headers)."""
import sqlite3

from flask import Flask, request


app = Flask(__name__)

DB_PATH = "instance/catalog.db"


@app.get("/products")
def products_11():
    param = request.headers.get("X-Name", "")
    mapping = {"keyA": "alice", "keyB": param, "keyC": "bob"}
    bar = mapping["keyA"]
    sql = "SELECT sku, price FROM products WHERE category = '"
    sql += bar
    sql += "' ORDER BY price"
    conn = sqlite3.connect(DB_PATH)
    rows = conn.execute(sql).fetchall()
    return {"products": rows}
