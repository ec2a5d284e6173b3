"""Public pages of the events site."""
import logging

from flask import Flask, jsonify, render_template, request
from markupsafe import escape

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/hello/<name>")
def hello(name):
    # expect: xss
    return "<h1>Hello, {}!</h1>".format(name)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # expect: xss
    return f"<p>No events found for <b>{q}</b></p>"


@app.route("/rsvp/<event_id>", methods=["POST"])
def rsvp(event_id):
    guest = request.form.get("guest", "")
    # expect: xss
    return "<p>Thanks %s, see you at event %s</p>" % (guest, event_id)


@app.route("/hello-safe/<name>")
def hello_safe(name):
    return "<h1>Hello, {}!</h1>".format(escape(name))


@app.route("/search-page")
def search_page():
    q = request.args.get("q", "")
    return render_template("search.html", q=q)


@app.route("/api/search")
def api_search():
    q = request.args.get("q", "")
    return jsonify(query=q, results=[])


@app.route("/count")
def count():
    n = int(request.args.get("n", "0"))
    return "<p>{} events</p>".format(n)


@app.errorhandler(404)
def not_found(exc):
    log.info("404 for %s", request.path)
    return render_template("404.html"), 404
