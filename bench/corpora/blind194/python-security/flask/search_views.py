"""Search endpoints of the help centre."""
from flask import Blueprint, jsonify, make_response, render_template, request
from markupsafe import escape

from .search import search_articles, suggest

bp = Blueprint("help_search", __name__, url_prefix="/help")


@bp.route("/search")
def search_page():
    q = request.args.get("q", "")
    results = search_articles(q)
    return render_template("help/search.html", q=q, results=results)


@bp.route("/search/empty")
def no_results():
    q = request.args.get("q", "")
    # expect: xss
    resp = make_response(f"<p class='empty'>No articles match <b>{q}</b>. Try fewer words.</p>")
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp


@bp.route("/search/suggest")
def suggest_json():
    q = request.args.get("q", "")
    return jsonify(suggestions=suggest(q)[:8])


@bp.route("/search/title")
def title_fragment():
    q = request.args.get("q", "")
    return make_response("<h2>Results for {}</h2>".format(escape(q)))


@bp.route("/search/lang")
def language_hint():
    lang = request.args.get("lang", "en")
    # expect: xss
    return make_response("<span lang='{0}'>Showing {0} articles only</span>".format(lang))


@bp.route("/search/count")
def count_fragment():
    n = len(search_articles(request.args.get("q", "")))
    return make_response(f"<span class='count'>{n}</span>")
