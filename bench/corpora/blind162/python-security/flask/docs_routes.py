"""Serves help articles, attachments and exported logs."""
import os

from flask import Blueprint, abort, request, send_from_directory
from werkzeug.utils import safe_join, secure_filename

bp = Blueprint("docs", __name__)

DOCS_DIR = "/srv/app/docs"
ATTACH_DIR = "/srv/app/attachments"
EXPORT_DIR = "/srv/app/exports"


@bp.route("/help/<path:article>")
def help_article(article):
    # expect: path-traversal
    with open(os.path.join(DOCS_DIR, article + ".md"), encoding="utf-8") as fh:
        return fh.read(), 200, {"Content-Type": "text/markdown; charset=utf-8"}


@bp.route("/help-safe/<path:article>")
def help_article_safe(article):
    path = safe_join(DOCS_DIR, article + ".md")
    if path is None or not os.path.isfile(path):
        abort(404)
    with open(path, encoding="utf-8") as fh:
        return fh.read(), 200, {"Content-Type": "text/markdown; charset=utf-8"}


@bp.route("/attachments")
def attachment():
    # expect: path-traversal
    fh = open(ATTACH_DIR + "/" + request.args["file"], "rb")
    return fh.read(), 200, {"Content-Type": "application/octet-stream"}


@bp.route("/attachments/<name>")
def attachment_named(name):
    return send_from_directory(ATTACH_DIR, name, as_attachment=True)


@bp.route("/exports/view", methods=["POST"])
def view_export():
    name = request.form.get("name", "")
    path = f"{EXPORT_DIR}/{name}"
    # expect: path-traversal
    with open(path, encoding="utf-8") as fh:
        return fh.read(), 200, {"Content-Type": "text/plain; charset=utf-8"}


@bp.route("/exports/view-safe", methods=["POST"])
def view_export_safe():
    name = secure_filename(request.form.get("name", ""))
    if not name:
        abort(400)
    with open(os.path.join(EXPORT_DIR, name), encoding="utf-8") as fh:
        return fh.read(), 200, {"Content-Type": "text/plain; charset=utf-8"}
