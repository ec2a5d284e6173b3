"""Routes of the library catalogue."""
from flask import Flask, abort, jsonify

app = Flask(__name__)
BOOKS = {}


@app.route("/books/<int:book_id>")
# expect: route-param-mismatch
def show_book(id):
    return jsonify(BOOKS.get(id))


@app.route("/authors/<name>/books/<int:page>")
# expect: route-param-mismatch
def author_books(name, page_number):
    return jsonify([])


@app.route("/shelves/<int:shelf_id>/books/<slug>")
def shelf_book(shelf_id, slug):
    return jsonify({"shelf": shelf_id, "slug": slug})


@app.route("/books/<int:book_id>/cover")
def cover(book_id):
    if book_id not in BOOKS:
        abort(404)
    return jsonify({"cover": BOOKS[book_id].get("cover")})
