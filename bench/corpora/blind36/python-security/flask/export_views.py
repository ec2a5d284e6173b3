"""Small HTML fragments served to the dashboard."""
import json

import flask
from flask import Flask, jsonify, make_response, render_template, request
from flask import make_response as mk
from flask.views import MethodView

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    # expect: xss
    return make_response(f"<h1>Hello {name}</h1>")


@app.route("/search")
def search():
    term = request.args.get("q", "")
    parts = ["<ul>"]
    for hit in ("alpha", "beta"):
        parts.append("<li>%s: %s</li>" % (hit, term))
    parts.append("</ul>")
    body = "".join(parts)
    # expect: xss
    resp = mk(body, 200)
    resp.headers["Content-Type"] = "text/html"
    return resp


class CommentPreview(MethodView):
    def post(self):
        text = request.form["text"]
        # expect: xss
        return flask.make_response("<div class='preview'>" + text + "</div>", 200, {"Content-Type": "text/html"})


app.add_url_rule("/preview", view_func=CommentPreview.as_view("preview"))


@app.route("/profile")
def profile():
    return make_response(render_template("profile.html", name=request.args.get("name")))


@app.route("/api/status")
def status():
    payload = json.dumps({"query": request.args.get("q")})
    resp = make_response(payload)
    resp.mimetype = "application/json"
    return resp


@app.route("/api/me")
def me():
    return make_response(jsonify(user=request.args.get("user")), 200)
