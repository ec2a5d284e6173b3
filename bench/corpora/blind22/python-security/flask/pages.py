"""Public pages of the wiki: previews, search results and error pages."""
from flask import Blueprint, make_response, render_template, render_template_string, request
from markupsafe import Markup, escape

bp = Blueprint("pages", __name__)

PREVIEW = "<h2>{{ title }}</h2><div>{{ body }}</div>"


@bp.route("/preview", methods=["POST"])
def preview():
    title = request.form.get("title", "")
    template = "<h2>" + title + "</h2><div>{{ body }}</div>"
    # expect: code-injection
    return render_template_string(template, body=request.form.get("body", ""))


@bp.route("/preview/safe", methods=["POST"])
def preview_safe():
    return render_template_string(PREVIEW, title=request.form.get("title", ""), body=request.form.get("body", ""))


@bp.route("/search")
def search():
    q = request.args.get("q", "")
    # expect: xss
    return f"<p>No results for <b>{q}</b></p>"


@bp.route("/search/escaped")
def search_escaped():
    q = request.args.get("q", "")
    return f"<p>No results for <b>{escape(q)}</b></p>"


@bp.route("/motd")
def motd():
    msg = request.args.get("msg", "")
    # expect: xss
    return render_template("motd.html", message=Markup(msg))


@bp.route("/motd/formatted")
def motd_formatted():
    msg = request.args.get("msg", "")
    return render_template("motd.html", message=Markup("<em>{}</em>").format(msg))


@bp.route("/oops")
def oops():
    code = request.args.get("code", "unknown")
    body = "<h1>Error</h1><p>Code: %s</p>" % code
    # expect: xss
    resp = make_response(body, 400)
    return resp


@bp.route("/plain")
def plain():
    resp = make_response(request.args.get("q", ""), 200)
    resp.mimetype = "text/plain"
    return resp
