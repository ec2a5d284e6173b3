"""Quick search endpoints used by the help-centre widget."""
from flask import Blueprint, request, render_template
from markupsafe import escape

from .index import search_articles

bp = Blueprint("search", __name__)


@bp.route("/search")
def search():
    q = request.args.get("q", "")
    results = search_articles(q)
    if not results:
        # expect: xss
        return "<p>No results for <b>%s</b></p>" % q
    return render_template("search.html", q=q, results=results)


@bp.route("/search/count")
def count():
    results = search_articles(request.args.get("q", ""))
    return "<p>%d articles found</p>" % len(results)


@bp.route("/tag/<tag>")
def by_tag(tag):
    # expect: xss
    heading = f"<h2>Articles tagged {tag}</h2>"
    items = "".join("<li>{}</li>".format(escape(a.title)) for a in search_articles(tag))
    return heading + "<ul>" + items + "</ul>"


@bp.route("/suggest")
def suggest():
    term = request.args["term"]
    template = "<div class='suggestion' data-term='{}'>Did you mean {}?</div>"
    # expect: xss
    return template.format(term, term.lower())


@bp.route("/author")
def author_box():
    author = request.values.get("author", "")
    # expect: xss
    html = "<span class='author'>" + author + "</span>"
    return html


@bp.route("/search/echo")
def echo():
    q = request.args.get("q", "")
    return f"<p>You searched for {escape(q)}</p>"
