"""Live preview of CMS pages and e-mail snippets."""
import flask
from flask import Blueprint, render_template, request
from flask import render_template_string as rts

from .models import Page

bp = Blueprint("preview", __name__)


@bp.route("/preview", methods=["POST"])
def preview():
    # expect: template-injection
    return flask.render_template_string(request.form["body"])


@bp.route("/pages/<int:page_id>/render")
def render_page(page_id):
    page = Page.query.get_or_404(page_id)
    # expect: template-injection
    return flask.render_template_string(page.body, page=page)


@bp.route("/snippets/title")
def title_snippet():
    title = request.args.get("title", "")
    # expect: template-injection
    return rts(f"<h1>{title}</h1>")


@bp.route("/snippets/greeting")
def greeting():
    template = "<p>Hello " + request.args.get("name", "guest") + "</p>"
    # expect: template-injection
    return flask.render_template_string(template)


@bp.route("/preview/safe", methods=["POST"])
def preview_safe():
    return flask.render_template_string("<article>{{ body }}</article>", body=request.form["body"])


@bp.route("/pages/<int:page_id>")
def show_page(page_id):
    page = Page.query.get_or_404(page_id)
    return render_template("page.html", page=page)
