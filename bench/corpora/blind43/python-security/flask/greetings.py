"""Greeting and preview endpoints."""
import flask
from flask import Flask, make_response, render_template, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    # expect: xss
    return make_response("<h1>Hello {}</h1>".format(name))


@app.route("/preview")
def preview():
    title = flask.request.args.get("title")
    # expect: xss
    resp = flask.make_response(f"<title>{title}</title><p>Preview</p>")
    resp.headers["Cache-Control"] = "no-store"
    return resp


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # expect: xss
    return make_response(f"{q} returned no results", 404)


@app.route("/echo")
def echo():
    msg = request.args.get("msg", "")
    # expect: xss
    return make_response(f"<pre>echo: {msg}</pre>")


@app.route("/hello-safe")
def hello_safe():
    name = request.args.get("name", "guest")
    return make_response("<h1>Hello {}</h1>".format(escape(name)))


@app.route("/hello-template")
def hello_template():
    return make_response(render_template("hello.html", name=request.args.get("name")))
