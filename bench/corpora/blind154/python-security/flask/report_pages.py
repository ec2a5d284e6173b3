"""Report pages for the ops dashboard (Flask)."""
import logging
from pathlib import Path

import jinja2
from flask import Blueprint, abort, render_template, request
from markupsafe import escape

from .reports import load_report, recent_reports

log = logging.getLogger(__name__)
bp = Blueprint("reports", __name__, url_prefix="/reports")

TEMPLATE_DIR = Path(__file__).parent / "report_templates"
_loader = jinja2.FileSystemLoader(str(TEMPLATE_DIR))


@bp.route("/")
def index():
    reports = recent_reports(limit=20)
    return render_template("reports/index.html", reports=reports)


@bp.route("/<int:report_id>")
def show(report_id):
    report = load_report(report_id)
    if report is None:
        abort(404)
    return render_template("reports/show.html", report=report)


@bp.route("/<int:report_id>/print")
def printable(report_id):
    report = load_report(report_id)
    if report is None:
        abort(404)
    env = jinja2.Environment(loader=_loader)
    # expect: xss
    return env.get_template("printable.html").render(report=report, note=request.args.get("note", ""))


@bp.route("/preview")
def preview():
    title = request.args.get("title", "Untitled")
    body = request.args.get("body", "")
    # expect: xss
    page = jinja2.Template("<h1>{{ title }}</h1><div>{{ body }}</div>").render(title=title, body=body)
    log.info("preview rendered for %s", escape(title))
    return page


@bp.route("/banner")
def banner():
    text = request.args.get("text", "")
    # expect: xss
    return jinja2.Template("<div class='banner'>{{ text }}</div>").render(text=text)


@bp.route("/search")
def search():
    q = request.args.get("q", "")
    results = [r for r in recent_reports(limit=200) if q.lower() in r.title.lower()]
    return render_template("reports/search.html", q=q, results=results)


@bp.route("/title")
def title_only():
    return f"<h1>{escape(request.args.get('title', ''))}</h1>"
