"""Embeddable search widget: returns small HTML fragments for partner sites."""
from markupsafe import escape
from flask import Blueprint, render_template, request

from .search import run_query

bp = Blueprint("widget", __name__, url_prefix="/widget")

ROW = "<li class='hit'><a href='/p/{slug}'>{title}</a></li>"


@bp.get("/results")
def results():
    term = request.args.get("q", "").strip()
    hits = run_query(term, limit=10)
    if not hits:
        # expect: xss
        return "<p class='empty'>No results for <b>" + term + "</b></p>"
    items = "".join(ROW.format(slug=h.slug, title=escape(h.title)) for h in hits)
    return f"<ul class='hits'>{items}</ul>"


@bp.get("/suggest")
def suggest():
    prefix = request.args.get("prefix", "")
    safe_prefix = escape(prefix)
    return "<span class='suggest'>Searching for %s…</span>" % safe_prefix


@bp.get("/banner/<partner>")
def banner(partner):
    # expect: xss
    return "<div class='banner'>Search powered by Shopr for {}</div>".format(partner)


@bp.get("/full")
def full_page():
    term = request.args.get("q", "")
    return render_template("widget/full.html", term=term, hits=run_query(term, limit=50))


@bp.get("/count")
def count():
    term = request.args.get("q", "")
    label = "results for %s" % term
    return {"label": label, "count": len(run_query(term, limit=1000))}
