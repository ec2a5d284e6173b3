"""Tiny search front end served by Flask without templates."""
import flask
from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/search")
def search():
    query = flask.request.args.get("q", "")
    # expect: xss
    return flask.make_response(f"<h2>Results for {query}</h2><ul></ul>")


@app.route("/hello")
def hello():
    name = request.args.get("name")
    # expect: xss
    resp = make_response("<p>Welcome back, {}!</p>".format(name))
    resp.headers["Cache-Control"] = "no-store"
    return resp


@app.route("/error")
def error_page():
    code = request.args.get("code", "unknown")
    # expect: xss
    return make_response(f"{code} is not a known error code", 404)


@app.route("/tag")
def tag():
    label = request.args.get("label", "")
    # expect: xss
    return make_response("<span class='tag'>" + label + "</span>")


@app.route("/safe-search")
def safe_search():
    query = request.args.get("q", "")
    return make_response(f"<h2>Results for {escape(query)}</h2>")


@app.route("/count")
def count():
    n = request.args.get("n", type=int, default=0)
    return make_response(f"<p>{n} items</p>")


@app.route("/api/echo")
def api_echo():
    return flask.jsonify(q=request.args.get("q", ""))
