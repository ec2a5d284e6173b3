# library: Flask + sqlite3 (+= built query)
"""sqlite3 (+= built query): value from request (form[...])."""
import sqlite3

from flask import Blueprint, request


bp = Blueprint("sqli_products_18", __name__)

DB_PATH = "instance/catalog.db"


@bp.route("/products", methods=["POST"])
def products_18():
    param = request.form["category"]
    switch_target = "A"
    match switch_target:
        case "A":
            bar = "alice"
        case "B":
            bar = "bob"
        case _:
            bar = param
    sql = "SELECT sku, price FROM products WHERE category = '"
    sql += bar
    sql += "' ORDER BY price"
    conn = sqlite3.connect(DB_PATH)
    rows = conn.execute(sql).fetchall()
    return {"products": rows}
