"""CMS preview endpoints."""
import flask
from flask import Blueprint, render_template, render_template_string, request

bp = Blueprint("preview", __name__)

GREETING = "<h1>Hello {{ name }}</h1>"


@bp.route("/preview/title")
def preview_title():
    title = request.args.get("title", "Untitled")
    # expect: code-injection
    return flask.render_template_string("<h1>%s</h1>" % title)


@bp.route("/preview/banner", methods=["POST"])
def preview_banner():
    body = request.form["banner"]
    # expect: code-injection
    return render_template_string(f"<div class='banner'>{body}</div>")


@bp.route("/preview/snippet", methods=["POST"])
def preview_snippet():
    snippet = request.get_json()["template"]
    # expect: code-injection
    html = render_template_string(snippet, user=flask.g.user)
    return {"html": html}


class EmailPreview:
    def __init__(self, layout):
        self.layout = layout

    def render(self, subject):
        # expect: code-injection
        return render_template_string(self.layout.replace("__SUBJECT__", subject))


@bp.route("/preview/hello")
def hello():
    return render_template_string(GREETING, name=request.args.get("name", "guest"))


@bp.route("/preview/page/<slug>")
def page(slug):
    return render_template("preview/page.html", slug=slug, body=request.args.get("body", ""))
