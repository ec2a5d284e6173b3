import logging

from flask import Flask, Response, jsonify, make_response, request

from .engines import sqlite_engine, xpath_engine
from .network import client, fetch, is_hmac_of
from .webutils import get_search_query_from_webapp, raw_preferences

app = Flask(__name__)
logger = logging.getLogger("searx.webapp")


@app.route("/search", methods=["GET", "POST"])
def search():
    preferences = raw_preferences()
    form = request.form if request.method == "POST" else request.args
    search_query = get_search_query_from_webapp(preferences, form)
    params = {"pageno": search_query.pageno, "sort": form.get("sort")}
    rows = sqlite_engine.search(search_query.query, params)
    if form.get("fulltext"):
        rows = sqlite_engine.search_by_column(search_query.query, params)
    req = xpath_engine.request(search_query.query, dict(params))
    resp = fetch(req["url"])
    links = xpath_engine.response(resp, search_query.result_path)
    return jsonify(rows=rows, links=links)


@app.route("/image_proxy")
def image_proxy():
    url = request.args.get("url")
    if not url or not is_hmac_of(request.args.get("h"), url):
        return "", 400
    resp = fetch(url, headers={"User-Agent": "searxng"})
    return Response(resp.content, mimetype=resp.headers.get("Content-Type", "image/png"))


@app.route("/favicon_proxy")
def favicon_proxy():
    authority = request.args.get("authority", "")
    # expect: ssrf
    resp = client.get(f"https://{authority}/favicon.ico")
    return Response(resp.content, mimetype="image/x-icon")


@app.route("/preferences", methods=["POST"])
def preferences():
    theme = request.form.get("theme", "simple")
    theme = theme if theme in ("simple", "dark") else "simple"
    resp = make_response("", 302)
    resp.set_cookie("theme", theme, httponly=True, samesite="Lax")
    resp.headers["Location"] = "/"
    return resp


@app.route("/stats/errors")
def stats_errors():
    engine = request.args.get("engine", "all")
    # expect: log-injection
    logger.warning("error stats requested for engine " + engine)
    logger.info("error stats requested for engine %r", engine)
    return jsonify(engine=engine)
