"""Newsletter preview and small status pages."""
import flask
from flask import Blueprint, render_template, request
from flask import render_template_string as render_string

bp = Blueprint("preview", __name__)

FOOTER = "<footer>{{ company }} &middot; {{ year }}</footer>"


@bp.route("/newsletter/preview", methods=["POST"])
def newsletter_preview():
    body = request.form["body"]
    # expect: template-injection
    return flask.render_template_string("<article>" + body + "</article>" + FOOTER, company="Acme", year=2026)


@bp.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    # expect: template-injection
    return render_string(f"<h1>Hello {name}!</h1>")


@bp.route("/banner/<slot>")
def banner(slot):
    tpl = "<div class='banner'>{}</div>".format(request.args.get("text", ""))
    # expect: template-injection
    return flask.render_template_string(tpl, slot=slot)


class SnippetRenderer:
    def __init__(self, store):
        self.store = store

    def render(self, snippet_id, **ctx):
        source = self.store.load(snippet_id)
        # expect: template-injection
        return render_string(source, **ctx)


@bp.route("/status")
def status():
    # Constant template, values passed as context (autoescaped).
    return flask.render_template_string("<p>{{ who }} is {{ state }}</p>", who=request.args.get("who"), state="up")


@bp.route("/about")
def about():
    return render_template("about.html", footer=FOOTER)
