"""Report rendering: user-chosen templates and titles."""
import yaml
from flask import Blueprint, render_template, render_template_string

from .helpers import arg, json_field, query

bp = Blueprint("reports", __name__)
LAYOUTS = {"compact": "reports/compact.html", "full": "reports/full.html"}


@bp.get("/reports/view")
def view():
    layout = LAYOUTS.get(arg("layout"), LAYOUTS["full"])
    rows = query("SELECT * FROM report_rows WHERE report_id = ?", (arg("id"),))
    return render_template(layout, rows=rows, title=arg("title"))


@bp.get("/reports/title")
def title():
    title = arg("title") or "Untitled"
    header = f"<h1>{title}</h1>"
    # expect: template-injection
    return render_template_string(header + "{% for r in rows %}<p>{{ r.name }}</p>{% endfor %}", rows=[])


@bp.get("/reports/title/safe")
def title_safe():
    return render_template_string("<h1>{{ t }}</h1>", t=arg("title") or "Untitled")


@bp.post("/reports/import")
def import_report():
    spec = json_field("spec") or ""
    # expect: deserialization
    data = yaml.load(spec, Loader=yaml.Loader)
    return {"sections": len(data.get("sections", []))}


@bp.post("/reports/import/safe")
def import_report_safe():
    data = yaml.safe_load(json_field("spec") or "") or {}
    return {"sections": len(data.get("sections", []))}
