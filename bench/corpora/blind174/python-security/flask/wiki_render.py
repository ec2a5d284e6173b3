"""Renders wiki pages and comment previews for the team wiki."""
import bleach
import markdown
from flask import Blueprint, render_template, request
from markupsafe import Markup, escape

from .models import Page

bp = Blueprint("wiki", __name__)
ALLOWED_TAGS = ["p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "h2", "h3", "blockquote"]
LINE_BREAK = Markup("<br>")


def render_markdown(text):
    html = markdown.markdown(text, extensions=["fenced_code"])
    return Markup(bleach.clean(html, tags=ALLOWED_TAGS, attributes={"a": ["href", "title"]}))


@bp.get("/wiki/<slug>")
def show(slug):
    page = Page.query.filter_by(slug=slug).first_or_404()
    return render_template("wiki/page.html", page=page, body=render_markdown(page.body))


@bp.post("/wiki/preview-comment")
def preview_comment():
    text = request.form.get("comment", "")
    # expect: xss
    return render_template("wiki/comment_preview.html", comment=Markup(text))


@bp.get("/wiki/<slug>/history")
def history(slug):
    page = Page.query.filter_by(slug=slug).first_or_404()
    author_line = Markup("<span class='author'>{}</span>").format(page.last_author)
    lines = LINE_BREAK.join(escape(rev.summary) for rev in page.revisions)
    return render_template("wiki/history.html", page=page, author=author_line, lines=lines)


@bp.get("/wiki/recent")
def recent():
    notices = []
    for page in Page.recently_edited(limit=20):
        # expect: xss
        notices.append(Markup(f"<b>{page.last_editor_name}</b> changed <i>{page.title}</i>"))
    return render_template("wiki/recent.html", notices=notices)


@bp.get("/wiki/search")
def search():
    q = request.args.get("q", "")
    return render_template("wiki/search.html", q=escape(q), results=Page.search(q))
