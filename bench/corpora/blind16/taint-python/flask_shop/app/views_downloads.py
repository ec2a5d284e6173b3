import os

from flask import abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

from . import app
from .helpers import get_param

INVOICES = "/srv/shop/invoices"
MANUALS = "/srv/shop/manuals"


@app.get("/invoice")
def invoice():
    name = get_param(request, "file")
    # expect: path-traversal
    return send_file(os.path.join(INVOICES, name))


@app.get("/invoice/safe")
def invoice_safe():
    name = secure_filename(get_param(request, "file", ""))
    if not name:
        abort(404)
    return send_file(os.path.join(INVOICES, name))


@app.get("/manual")
def manual():
    return send_from_directory(MANUALS, get_param(request, "file", "index.pdf"))


@app.get("/manual/text")
def manual_text():
    lang = get_param(request, "lang", "en")
    try:
        page = get_param(request, "page")
        path = os.path.join(MANUALS, lang, page + ".txt")
    except TypeError:
        path = os.path.join(MANUALS, "en", "index.txt")
    # expect: path-traversal
    with open(path, encoding="utf-8") as fh:
        return fh.read(), 200, {"Content-Type": "text/plain"}
