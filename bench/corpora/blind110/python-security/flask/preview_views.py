"""Page and email preview endpoints for the CMS."""
import flask
from flask import Blueprint, render_template, render_template_string, request

bp = Blueprint("preview", __name__)

LAYOUT = "<html><body>{% block body %}{% endblock %}</body></html>"


@bp.route("/preview/greeting")
def greeting():
    name = request.args.get("name", "guest")
    # expect: code-injection
    template = "<h1>Hello {}!</h1><p>Welcome back.</p>".format(name)
    return render_template_string(template)


@bp.route("/preview/banner")
def banner():
    colour = request.args.get("colour", "blue")
    # expect: code-injection
    tpl = '<div class="banner" style="color: %s">{{ text }}</div>' % colour
    return flask.render_template_string(tpl, text="Sale!"), 200


@bp.route("/preview/footer", methods=["POST"])
def footer():
    company = request.form["company"]
    # expect: code-injection
    page = f"<footer>&copy; {company} {{{{ year }}}}</footer>"
    return render_template_string(page, year=2026)


@bp.route("/preview/signature", methods=["POST"])
def signature():
    body = "<div class='sig'>"
    # expect: code-injection
    body += request.form["signature_html"]
    body += "</div>"
    return render_template_string(body)


@bp.route("/preview/safe")
def safe_greeting():
    name = request.args.get("name", "guest")
    return render_template_string("<h1>Hello {{ name }}!</h1>", name=name)


@bp.route("/preview/page")
def page():
    return render_template("preview.html", title=request.args.get("title", ""))


@bp.route("/preview/layout")
def layout():
    return render_template_string(LAYOUT)
