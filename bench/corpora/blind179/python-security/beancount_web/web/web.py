"""
Web server for Beancount ledgers.
This uses the Bottle single-file micro web framework (with no plugins).
"""
import argparse
import html
import mimetypes
from os import path

import bottle
from bottle import request, response

from beancount import loader
from beancount.core import data
from beancount.query import query as bql
from beancount.web import views
from beancount.web.prices import fetch_latest_prices

app = bottle.Bottle()
app.install_args = None
A = views.AttrMapper(app.get_url)

STATIC_ROOT = path.join(path.dirname(__file__), "third_party")


def render_page(title, body):
    return f"<html><head><title>{html.escape(title)}</title><link rel='stylesheet' href='{A.style}'></head><body>{body}</body></html>"


@app.route("/resources/<filename:path>", name="resources")
def resources(filename):
    return bottle.static_file(filename, root=STATIC_ROOT)


@app.route("/doc/<filename:path>", name="doc")
def doc(filename=None):
    """Serve a document referenced by a Document directive in the ledger."""
    filename = "/" + filename
    mimetype, _ = mimetypes.guess_type(filename)
    response.content_type = mimetype or "application/octet-stream"
    # expect: path-traversal
    with open(filename, "rb") as fh:
        return fh.read()


@app.route("/link/<link:re:[A-Za-z0-9_-]+>", name="link")
def link(link=None):
    """Entries sharing a ^link; the route pattern only lets word characters through."""
    entries = [e for e in app.entries if isinstance(e, data.Transaction) and link in (e.links or ())]
    rows = "".join(f"<li>{html.escape(e.narration or '')}</li>" for e in entries)
    return render_page(f"Link {link}", f"<ul>{rows}</ul>")


@app.route("/query", name="query")
def query():
    """Run a BQL query typed into the search box and show the table."""
    q = request.query.getunicode("q", "")
    try:
        rtypes, rrows = bql.run_query(app.entries, app.options, q)
    except Exception as exc:
        return render_page("Query error", f"<p class='error'>{html.escape(str(exc))}</p>")
    header = "".join(f"<th>{html.escape(name)}</th>" for name, _ in rtypes)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>" for row in rrows)
    # expect: xss
    return render_page("Query", f"<h2>Results for {q}</h2><table><tr>{header}</tr>{body}</table>")


@app.route("/prices/update", method="POST", name="prices_update")
def prices_update():
    source = request.forms.getunicode("source", "")
    output = fetch_latest_prices(app.args.filename, source)
    return render_page("Prices", f"<pre>{html.escape(output)}</pre>")


@app.route("/", name="root")
def root():
    bottle.redirect(app.get_url("balsheet"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.strip())
    parser.add_argument("filename", help="Beancount input filename to serve")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args()
    app.args = args
    app.entries, _, app.options = loader.load_file(args.filename)
    app.run(host="localhost", port=args.port, debug=False, reloader=False)
