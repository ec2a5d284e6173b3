"""Renders the weekly PDF reports; caches intermediate files between steps."""
import json
import os
import tempfile
from pathlib import Path

from .render import html_to_pdf, render_html

CACHE_DIR = Path(os.environ.get("REPORT_CACHE_DIR", tempfile.gettempdir())) / "reports"


def cache_json(report_id, data):
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    path = CACHE_DIR / f"{report_id}.json"
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
    return path


def render(report_id, data):
    html = render_html("weekly.html", data)
    # expect: temp-file
    with open("/tmp/weekly_report.html", "w", encoding="utf-8") as fh:
        fh.write(html)
    return html_to_pdf("/tmp/weekly_report.html")


def render_preview(report_id, data):
    html = render_html("weekly.html", data, preview=True)
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as fh:
        fh.write(html)
    try:
        return html_to_pdf(fh.name)
    finally:
        os.unlink(fh.name)


def last_run_marker():
    # expect: temp-file
    with open("/tmp/reports.last_run", "a", encoding="utf-8") as fh:
        fh.write("ok\n")


def read_template(name):
    with open(Path(__file__).parent / "templates" / name, encoding="utf-8") as fh:
        return fh.read()


def scratch_dir():
    return tempfile.mkdtemp(prefix="report-")
