"""Embeddable widgets: badges, banners and the preview of user-written snippets."""
import flask
from flask import Blueprint, render_template, request
from flask import render_template_string as render_str

bp = Blueprint("widgets", __name__, url_prefix="/widgets")

BADGE_TEMPLATE = "<span class='badge badge-{{ color }}'>{{ label }}</span>"
BANNER_HEAD = "<div class='banner'><h2>"


@bp.route("/badge")
def badge():
    label = request.args.get("label", "build")
    return flask.render_template_string(BADGE_TEMPLATE, label=label, color="green")


@bp.route("/hello/<name>")
def hello(name):
    # expect: template-injection
    return flask.render_template_string(f"<h1>Hello {name}!</h1>")


@bp.route("/banner")
def banner():
    text = request.args.get("text", "")
    page = BANNER_HEAD + text + "</h2></div>"
    # expect: template-injection
    return render_str(page)


@bp.route("/error")
def error_page():
    template = """
    <h3>Not found</h3>
    <p>The page %s does not exist.</p>
    """ % request.path
    # expect: template-injection
    return flask.render_template_string(template), 404


class SnippetPreview:
    def __init__(self, theme):
        self.theme = theme

    def render(self, snippet):
        wrapper = "<section class='{0}'>{1}</section>".format(self.theme, snippet)
        # expect: template-injection
        return render_str(wrapper, theme=self.theme)


@bp.route("/preview", methods=["POST"])
def preview():
    return SnippetPreview("light").render(request.form["snippet"])


@bp.route("/card/<int:card_id>")
def card(card_id):
    return render_template("widgets/card.html", card_id=card_id, owner=request.args.get("owner"))
