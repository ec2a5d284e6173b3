"""Preview routes for the newsletter editor."""
from flask import Blueprint, abort, render_template, render_template_string, request
from markupsafe import escape

from .models import Newsletter

bp = Blueprint("preview", __name__, url_prefix="/preview")

FOOTER = """
<footer>
  <p>You receive this because you subscribed as {{ email }}.</p>
  <a href="{{ unsubscribe_url }}">Unsubscribe</a>
</footer>
"""

GREETING = "<h2>Hello {{ name }},</h2>"


@bp.route("/footer")
def footer_preview():
    return render_template_string(FOOTER, email=request.args.get("email", "you@example.com"), unsubscribe_url="#")


@bp.route("/greeting")
def greeting_preview():
    name = request.args.get("name", "reader")
    return render_template_string(GREETING, name=name)


@bp.route("/subject")
def subject_preview():
    subject = request.args.get("subject", "")
    # expect: code-injection
    return render_template_string("<title>" + subject + "</title><h1>" + subject + "</h1>")


@bp.route("/<int:newsletter_id>")
def newsletter_preview(newsletter_id):
    newsletter = Newsletter.query.get(newsletter_id)
    if newsletter is None:
        abort(404)
    return render_template("newsletter/preview.html", newsletter=newsletter)


@bp.route("/snippet", methods=["POST"])
def snippet_preview():
    body = request.form.get("body", "")
    # expect: code-injection
    return render_template_string(f"<div class='snippet'>{body}</div>", reader="Sam")


@bp.route("/plain")
def plain_preview():
    text = request.args.get("text", "")
    return f"<pre>{escape(text)}</pre>"
