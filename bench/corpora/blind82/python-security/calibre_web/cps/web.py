from flask import Blueprint, g, redirect, render_template, request, url_for
from markupsafe import Markup, escape

from .db import CalibreDB
from .helper import convert_book_format, get_download_link
from .usermanagement import login_required_if_no_ano, remember_view_settings

web = Blueprint("web", __name__)
web.before_app_request(remember_view_settings)
calibre_db = CalibreDB(session=None)


@web.route("/page/<int:page>")
@login_required_if_no_ano
def index(page):
    entries = calibre_db.fill_indexpage(g.sort_param, page)
    return render_template("index.html", entries=entries)


@web.route("/search")
@login_required_if_no_ano
def simple_search():
    term = request.args.get("query", "").strip()
    entries = calibre_db.search_query(term)
    banner = Markup("<h2>Results for: %s</h2>") % term
    return render_template("search.html", entries=entries, banner=banner)


@web.route("/advsearch")
@login_required_if_no_ano
def adv_search():
    term = request.args.get("title", "")
    # expect: xss
    heading = Markup(f"<h2>Results for: {term}</h2>")
    safe_heading = Markup(f"<h2>Results for: {escape(term)}</h2>")
    return render_template("search.html", heading=heading, other=safe_heading)


@web.route("/download/<int:book_id>/<book_format>")
@login_required_if_no_ano
def download_link(book_id, book_format):
    return get_download_link(calibre_db, book_id, book_format)


@web.route("/convert/<int:book_id>", methods=["POST"])
@login_required_if_no_ano
def convert(book_id):
    book_path = calibre_db.get_book_path(book_id)
    new_format = request.form.get("book_format_to", "epub")
    if new_format.lower() not in ("epub", "mobi", "azw3", "pdf", "txt"):
        new_format = "epub"
    extra = request.form.get("converter_options", "")
    convert_book_format(book_path, "epub", new_format, extra)
    return redirect(url_for("web.index", page=1))


@web.route("/login_done")
def login_done():
    # expect: open-redirect
    return redirect(g.return_to)


@web.route("/logout_done")
def logout_done():
    target = g.return_to
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = url_for("web.index", page=1)
    return redirect(target)
