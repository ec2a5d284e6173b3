"""Landing page and the Markdown docs pages."""
import os

import markdown
from quart import Blueprint, abort, current_app, render_template, send_from_directory

bp = Blueprint("home", __name__)

DOC_PAGES = ("index", "endpoints", "tokens", "errors")


@bp.route("/")
async def index():
    return await render_template("index.html", pages=DOC_PAGES)


@bp.route("/docs/<page>")
async def doc_page(page):
    if page not in DOC_PAGES:
        abort(404)
    with open(os.path.join(current_app.config["DOCS_DIR"], f"{page}.md"), encoding="utf-8") as fh:
        body = markdown.markdown(fh.read())
    return await render_template("doc.html", body=body, page=page)


@bp.route("/docs/raw/<path:name>")
async def doc_raw(name):
    return await send_from_directory(current_app.config["DOCS_DIR"], name)


@bp.route("/docs/assets/<path:name>")
async def doc_asset(name):
    assets_dir = os.path.join(current_app.config["DOCS_DIR"], "assets")
    # expect: path-traversal
    with open(os.path.join(assets_dir, name), "rb") as fh:
        return fh.read(), 200, {"Content-Type": "application/octet-stream"}


@bp.route("/robots.txt")
async def robots():
    return "User-agent: *\nDisallow: /api/\n", 200, {"Content-Type": "text/plain"}
