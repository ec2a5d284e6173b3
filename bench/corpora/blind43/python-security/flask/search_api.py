"""Product search endpoints."""
from flask import Flask, request, jsonify
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql://shop@localhost/shop")


@app.route("/products")
def products():
    term = request.args.get("q", "")
    # expect: sql-injection
    query = "SELECT id, name FROM products WHERE name LIKE '%" + term + "%'"
    with engine.connect() as conn:
        return jsonify([dict(r._mapping) for r in conn.execute(text(query))])


@app.route("/products/<category>")
def by_category(category):
    # expect: sql-injection
    sql = "select id, name from products where category = '%s'" % category
    with engine.connect() as conn:
        return jsonify([dict(r._mapping) for r in conn.execute(text(sql))])


@app.route("/products/<int:pid>", methods=["DELETE"])
def delete(pid):
    reason = request.form["reason"]
    # expect: sql-injection
    stmt = "DELETE FROM products WHERE id = {} AND note = '{}'".format(pid, reason)
    with engine.begin() as conn:
        conn.execute(text(stmt))
    return "", 204


@app.route("/reviews", methods=["POST"])
def add_review():
    body = request.get_json()
    # expect: sql-injection
    stmt = f"INSERT INTO reviews (product_id, text) VALUES ({body['pid']}, '{body['text']}')"
    with engine.begin() as conn:
        conn.execute(text(stmt))
    return "", 201


@app.route("/safe-products")
def safe_products():
    term = request.args.get("q", "")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, name FROM products WHERE name LIKE :t"), {"t": f"%{term}%"})
        return jsonify([dict(r._mapping) for r in rows])


@app.route("/greeting")
def greeting():
    name = request.args.get("name", "")
    message = "Selected products for " + name
    return jsonify({"message": message})
