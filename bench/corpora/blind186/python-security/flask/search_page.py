"""Library catalogue search (Flask)."""
from flask import Flask, render_template, request
from markupsafe import escape

from .catalogue import find_books, find_by_tag, popular_tags

app = Flask(__name__)

ROW = "<tr><td>{}</td><td>{}</td><td>{}</td></tr>"


@app.route("/search")
def search():
    q = request.args.get("q", "").strip()
    books = find_books(q)
    rows = "".join(ROW.format(escape(b.title), escape(b.author), b.year) for b in books)
    # expect: xss
    heading = "<h2>Results for " + q + "</h2>"
    return f"<html><body>{heading}<table>{rows}</table></body></html>"


@app.route("/search/v2")
def search_v2():
    q = request.args.get("q", "").strip()
    return render_template("search.html", q=q, books=find_books(q))


@app.route("/tags/<tag>")
def by_tag(tag):
    books = find_by_tag(tag)
    items = "".join("<li>{}</li>".format(escape(b.title)) for b in books)
    # expect: xss
    return "<h2>Books tagged {}</h2><ul>{}</ul>".format(tag, items)


@app.route("/tags")
def tags():
    links = "".join(
        '<li><a href="/tags/{0}">{0}</a></li>'.format(escape(t.slug)) for t in popular_tags()
    )
    return f"<ul class='tags'>{links}</ul>"


@app.route("/empty")
def empty():
    q = request.args.get("q", "")
    return "<p>No results for <em>%s</em>.</p>" % escape(q)


@app.route("/suggest")
def suggest():
    prefix = request.args.get("prefix", "")
    titles = [b.title for b in find_books(prefix)[:5]]
    # expect: xss
    return "<datalist id='suggest'>" + "".join(f"<option value='{t}'>" for t in titles) + f"</datalist><!-- {prefix} -->"
