"""Catalog API: Flask + Flask-SQLAlchemy."""
from flask import Flask, abort, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import select, text

app = Flask(__name__)
db = SQLAlchemy(app)


class Product(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(200))
    category = db.Column(db.String(50))
    price = db.Column(db.Numeric(10, 2))


SORT_COLUMNS = {"name": Product.name, "price": Product.price}


@app.get("/products")
def list_products():
    category = request.args.get("category", "")
    # expect: sql-injection-sqlalchemy-text
    rows = db.session.execute(text(f"SELECT id, name FROM product WHERE category = '{category}'"))
    return jsonify([dict(r._mapping) for r in rows])


@app.get("/products/safe")
def list_products_safe():
    category = request.args.get("category", "")
    rows = db.session.execute(text("SELECT id, name FROM product WHERE category = :c"), {"c": category})
    return jsonify([dict(r._mapping) for r in rows])


@app.get("/products/sorted")
def sorted_products():
    sort = request.args.get("sort", "name")
    stmt = select(Product).order_by(SORT_COLUMNS.get(sort, Product.name))
    return jsonify([p.name for p in db.session.scalars(stmt)])


@app.get("/products/sorted-raw")
def sorted_products_raw():
    sort = request.args.get("sort", "name")
    # expect: sql-injection-sqlalchemy-text
    stmt = select(Product).order_by(text(sort))
    return jsonify([p.name for p in db.session.scalars(stmt)])


@app.get("/products/price")
def by_price():
    max_price = request.args.get("max", "100")
    where = "price <= %s" % max_price
    # expect: sql-injection-sqlalchemy-filter
    items = Product.query.filter(text(where)).all()
    return jsonify([p.name for p in items])


@app.get("/products/price-safe")
def by_price_safe():
    try:
        max_price = float(request.args.get("max", "100"))
    except ValueError:
        abort(400)
    items = Product.query.filter(Product.price <= max_price).all()
    return jsonify([p.name for p in items])


@app.delete("/products/<name>")
def delete_product(name):
    with db.engine.begin() as conn:
        # expect: sql-injection-sqlalchemy-execute
        conn.exec_driver_sql("DELETE FROM product WHERE name = '%s'" % name)
    return "", 204


@app.get("/products/<int:product_id>")
def get_product(product_id):
    row = db.session.execute(text(f"SELECT id, name FROM product WHERE id = {product_id}")).first()
    return jsonify(dict(row._mapping) if row else {})
