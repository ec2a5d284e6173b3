"""Small internal API for the warehouse scanners."""
import os
import sqlite3

from flask import Flask, abort, g, jsonify, render_template, render_template_string, request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SCANNER_SECRET"],
    # expect: flask-insecure-session-cookie
    SESSION_COOKIE_SECURE=False,
    SESSION_COOKIE_SAMESITE="Lax",
)

# expect: jinja-autoescape-off
labels_env = Environment(loader=FileSystemLoader("templates/labels"), autoescape=False)
mail_env = Environment(loader=FileSystemLoader("templates/mail"), autoescape=select_autoescape(["html"]))
DB_PATH = os.environ.get("SCANNER_DB", "scanner.db")


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.get("/items/<int:item_id>")
def item(item_id):
    row = get_db().execute("SELECT * FROM items WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.get("/items")
def items_by_bin():
    bin_code = request.args.get("bin", "")
    # expect: sql-injection-format
    rows = get_db().execute(f"SELECT * FROM items WHERE bin = '{bin_code}'").fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/label/<int:item_id>")
def label(item_id):
    row = get_db().execute("SELECT sku, name FROM items WHERE id = ?", (item_id,)).fetchone()
    return labels_env.get_template("label.txt").render(item=dict(row))


@app.get("/hello")
def hello():
    who = request.args.get("who", "scanner")
    # expect: flask-ssti
    return render_template_string("<h1>Hello " + who + "</h1>")


@app.get("/hello2")
def hello_safe():
    who = request.args.get("who", "scanner")
    return render_template_string("<h1>Hello {{ who }}</h1>", who=who)


@app.get("/note")
def note():
    text = request.args.get("text", "")
    # expect: markup-user-input
    return Markup("<p class='note'>%s</p>" % text)


@app.get("/note2")
def note_safe():
    text = request.args.get("text", "")
    return Markup("<p class='note'>%s</p>") % escape(text)


@app.get("/")
def index():
    return render_template("index.html")


if __name__ == "__main__":
    # expect: flask-debug-true
    app.run(host="127.0.0.1", port=5050, debug=True)
