# library: Flask + sqlite3 (+= built query)
"""sqlite3 (+= built query): value from request (get_json[...])."""
import sqlite3

from flask import Blueprint, request


bp = Blueprint("sqli_products_4", __name__)

DB_PATH = "instance/catalog.db"


@bp.post("/products")
def products_4():
    data = request.get_json()
    param = str(data["q"])
    values = []
    values.append("alice")
    values.append(param)
    values.append("bob")
    values.pop(0)
    bar = values[0]
    sql = "SELECT sku, price FROM products WHERE category = '"
    sql += bar
    sql += "' ORDER BY price"
    conn = sqlite3.connect(DB_PATH)
    # expect: sql-injection
    rows = conn.execute(sql).fetchall()
    return {"products": rows}
