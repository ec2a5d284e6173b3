"""HTML fragments for the embeddable status widget."""
import flask
from flask import request
from markupsafe import escape

app = flask.Flask(__name__)


@app.route("/widget/banner")
def banner():
    message = request.args.get("msg", "")
    # expect: xss
    return "<div class='banner'>" + message + "</div>"


@app.route("/widget/title/<title>")
def title(title):
    # expect: xss
    html = "<h3 class='widget-title'>%s</h3>" % title
    return html


@app.route("/widget/badge")
def badge():
    template = "<span class='badge badge-{}'>{}</span>"
    # expect: xss
    return template.format(request.args["level"], request.args["text"])


@app.route("/widget/banner-safe")
def banner_safe():
    return "<div class='banner'>" + str(escape(request.args.get("msg", ""))) + "</div>"


@app.route("/widget/page")
def page():
    return flask.render_template("widget.html", msg=request.args.get("msg", ""))


@app.route("/widget/count")
def count():
    return "<span class='count'>%d</span>" % int(request.args.get("n", "0"))
