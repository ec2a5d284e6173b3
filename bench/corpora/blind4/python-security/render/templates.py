"""Rendering for e-mails, invoices and the storefront's server-side widgets."""
from __future__ import annotations

from pathlib import Path

import jinja2
from jinja2 import Environment as JinjaEnv, PackageLoader, select_autoescape
from mako.lookup import TemplateLookup
from mako.template import Template as MakoTemplate

TEMPLATE_DIR = Path(__file__).parent / "tpl"

storefront = JinjaEnv(loader=PackageLoader("render", "tpl"), autoescape=select_autoescape(["html", "xml"]))
plain_mail = JinjaEnv(loader=PackageLoader("render", "tpl/text"), autoescape=False)  # .txt only, never HTML
# expect: jinja-autoescape-off
widgets = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR / "widgets")))

# expect: mako-no-escape
invoices = TemplateLookup(directories=[str(TEMPLATE_DIR / "invoices")])
receipts = TemplateLookup(directories=[str(TEMPLATE_DIR / "receipts")], default_filters=["h"])


def render_widget(name: str, **ctx) -> str:
    return widgets.get_template(f"{name}.html").render(**ctx)


def render_invoice(order) -> str:
    return invoices.get_template("invoice.html").render(order=order)


def render_receipt(order) -> str:
    return receipts.get_template("receipt.html").render(order=order)


def render_review_card(review: dict) -> str:
    # expect: mako-no-escape
    tpl = MakoTemplate("<div class='review'><b>${author}</b><p>${body}</p></div>")
    return tpl.render(author=review["author"], body=review["body"])


def render_review_card_escaped(review: dict) -> str:
    tpl = MakoTemplate("<div class='review'><b>${author | h}</b><p>${body | h}</p></div>")
    return tpl.render(author=review["author"], body=review["body"])


def render_mail_text(name: str, **ctx) -> str:
    return plain_mail.get_template(f"{name}.txt").render(**ctx)
