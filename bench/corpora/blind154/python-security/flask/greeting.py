"""Small landing endpoints used by marketing links."""
import logging

import flask
from flask import jsonify, render_template
from markupsafe import escape

app = flask.Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/hello")
def hello():
    name = flask.request.args.get("name", "friend")
    # expect: xss
    return flask.make_response(f"<h1>Hello {name}!</h1>")


@app.route("/campaign")
def campaign():
    code = flask.request.args.get("code")
    log.info("campaign hit %s", code)
    # expect: xss
    resp = flask.make_response("<p>Your code {} is now active.</p>".format(code))
    resp.set_cookie("campaign", "1", secure=True, httponly=True, samesite="Lax")
    return resp


@app.route("/ref")
def ref():
    source = flask.request.args.get("source", "")
    # expect: xss
    return flask.make_response(f"{source} sent you here")


@app.route("/hello-safe")
def hello_safe():
    name = flask.request.args.get("name", "friend")
    return flask.make_response(f"<h1>Hello {escape(name)}!</h1>")


@app.route("/hello-page")
def hello_page():
    return render_template("hello.html", name=flask.request.args.get("name", "friend"))


@app.route("/api/hello")
def hello_api():
    return jsonify(greeting=f"Hello {flask.request.args.get('name', 'friend')}")
