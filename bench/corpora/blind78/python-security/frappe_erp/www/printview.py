"""Web page controller for /printview: render a document with a print format."""
import os

import frappe
from frappe import _
from jinja2.sandbox import SandboxedEnvironment

no_cache = 1

PRINT_FORMAT_DIR = os.path.join(os.path.dirname(__file__), "print_formats")
_sandbox = SandboxedEnvironment(autoescape=True)


def get_context(context):
    doctype = frappe.form_dict.doctype
    name = frappe.form_dict.name
    doc = frappe.get_doc(doctype, name)
    doc.check_permission("print")
    template = frappe.form_dict.get("template")
    if template:
        # expect: template-injection
        context.body = frappe.render_template(template, {"doc": doc})
    else:
        context.body = _render_format(doc, frappe.form_dict.get("format") or "Standard")
    context.title = doc.get_title()
    return context


def _render_format(doc, format_name: str) -> str:
    """Render one of the shipped print formats, picked by name."""
    filename = format_name.lower().replace(" ", "_") + ".html"
    path = os.path.join(PRINT_FORMAT_DIR, filename)
    # expect: path-traversal
    with open(path, encoding="utf-8") as fh:
        source = fh.read()
    return _sandbox.from_string(source).render(doc=doc)


def get_letter_head(context):
    letterhead = frappe.form_dict.get("letterhead") or frappe.db.get_default("letter_head")
    content = frappe.db.get_value("Letter Head", letterhead, "content")
    if content is None:
        frappe.throw(_("Letter Head not found"))
    context.letter_head = _sandbox.from_string(content).render(doc=None)
