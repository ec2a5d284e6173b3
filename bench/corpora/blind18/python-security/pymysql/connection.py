"""Order lookups for the legacy shop database (PyMySQL)."""
import pymysql
import pymysql.cursors

from flask import Flask, g, jsonify, request

app = Flask(__name__)


def get_db():
    if "db" not in g:
        g.db = pymysql.connect(host="db.internal", user="shop", database="shop",
                               cursorclass=pymysql.cursors.DictCursor)
    return g.db


@app.get("/orders")
def orders():
    customer = request.args.get("customer", "")
    with get_db().cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT * FROM orders WHERE customer = '" + customer + "'")
        return jsonify(cursor.fetchall())


@app.get("/orders/safe")
def orders_safe():
    customer = request.args.get("customer", "")
    with get_db().cursor() as cursor:
        # safe: %s placeholder with args
        cursor.execute("SELECT * FROM orders WHERE customer = %s", (customer,))
        return jsonify(cursor.fetchall())


@app.get("/orders/status")
def by_status():
    status = request.args["status"]
    db = get_db()
    cursor = db.cursor()
    query = "SELECT id FROM orders WHERE status = '%s'" % status
    # expect: sql-injection
    cursor.execute(query)
    return jsonify(cursor.fetchall())


@app.post("/orders/notes")
def add_note():
    db = get_db()
    with db.cursor() as cursor:
        rows = [(request.form["order_id"], line) for line in request.form.getlist("note")]
        # safe: executemany with placeholders
        cursor.executemany("INSERT INTO notes (order_id, body) VALUES (%s, %s)", rows)
    db.commit()
    return "", 204


@app.get("/orders/between")
def between():
    start, end = request.args["start"], request.args["end"]
    with get_db().cursor() as cursor:
        parts = ["SELECT id FROM orders", f"WHERE created BETWEEN '{start}'", f"AND '{end}'"]
        # expect: sql-injection
        cursor.execute(" ".join(parts))
        return jsonify(cursor.fetchall())
