from flask import Blueprint, jsonify, request

from . import xmltools

bp = Blueprint("catalog", __name__, url_prefix="/catalog")


@bp.post("/import")
def import_catalog():
    legacy = request.headers.get("X-Legacy-Format") == "1"
    if legacy:
        tree = xmltools.parse_legacy(request.get_data())
    else:
        tree = xmltools.parse(request.get_data())
    return jsonify({"chapters": xmltools.chapter_titles(tree)})


@bp.post("/lookup")
def lookup():
    tree = xmltools.parse(request.files["catalog"].read())
    book_id = request.args.get("id", "")
    titles = xmltools.find_book(tree, book_id)
    return jsonify({"titles": [str(t) for t in titles]})


@bp.post("/lookup/v2")
def lookup_v2():
    tree = xmltools.parse(request.files["catalog"].read())
    titles = xmltools.find_book_bound(tree, request.args.get("id", ""))
    return jsonify({"titles": [str(t) for t in titles]})
