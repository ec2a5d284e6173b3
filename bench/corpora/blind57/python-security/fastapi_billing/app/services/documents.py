"""Invoice PDF rendering."""
import os
import subprocess

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..context import current_locale
from ..settings import get_settings

_env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))
LAYOUTS = {"classic": "invoice_classic.html", "compact": "invoice_compact.html"}


def render_html(invoice: dict, template_source: str | None, layout: str) -> str:
    if template_source:
        # expect: template-injection
        return _env.from_string(template_source).render(invoice=invoice)
    return _env.get_template(LAYOUTS.get(layout, "invoice_classic.html")).render(invoice=invoice)


def render_named(invoice: dict, layout: str) -> str:
    return _env.get_template(LAYOUTS.get(layout, "invoice_classic.html")).render(invoice=invoice, locale=current_locale.get())


def html_to_pdf(html: str, invoice_id: int) -> str:
    out = os.path.join(get_settings().pdf_dir, f"invoice-{invoice_id}.pdf")
    subprocess.run(["wkhtmltopdf", "--quiet", "-", out], input=html.encode(), check=True)
    return out


def localized_font_config() -> str:
    locale = current_locale.get()
    path = os.path.join("/usr/share/billing/fonts", locale, "fonts.conf")
    # expect: path-traversal
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def run_archive() -> None:
    subprocess.run(get_settings().archive_command, shell=True, check=True)
