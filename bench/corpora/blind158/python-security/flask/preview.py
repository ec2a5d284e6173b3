"""Email and page preview endpoints for the CMS."""
import logging

from flask import Blueprint, abort, render_template, render_template_string, request
from markupsafe import escape

log = logging.getLogger(__name__)
bp = Blueprint("preview", __name__)

FOOTER = "<footer>Sent by {{ site_name }}</footer>"


@bp.route("/preview/greeting")
def greeting():
    name = request.args.get("name", "there")
    template = f"<h1>Hello {name}!</h1>" + FOOTER
    # expect: code-injection
    return render_template_string(template, site_name="Acme")


@bp.route("/preview/greeting-safe")
def greeting_safe():
    name = request.args.get("name", "there")
    return render_template_string("<h1>Hello {{ name }}!</h1>" + FOOTER, name=name, site_name="Acme")


@bp.route("/preview/email", methods=["POST"])
def email_preview():
    subject = request.form.get("subject", "")
    body = request.form.get("body", "")
    # expect: code-injection
    return render_template_string("<h2>%s</h2><div>%s</div>" % (subject, body))


@bp.route("/preview/banner")
def banner():
    color = request.args.get("color", "blue")
    text = request.args.get("text", "")
    if color not in {"blue", "red", "green"}:
        abort(400)
    log.info("banner preview %s", color)
    # expect: code-injection
    return render_template_string("<div class='banner banner-{}'>{}</div>".format(color, text))


@bp.route("/preview/page/<slug>")
def page(slug):
    return render_template("cms/page.html", slug=escape(slug))
