"""Invoice and receipt rendering with Mako."""
import mako.template
from mako.lookup import TemplateLookup
from mako.template import Template

lookup = TemplateLookup(directories=["templates/invoices"], default_filters=["h"])

INVOICE_SRC = """<h1>Invoice ${number}</h1><p>${customer}</p>"""


def render_invoice(number, customer):
    # expect: xss
    tmpl = mako.template.Template(INVOICE_SRC)
    return tmpl.render(number=number, customer=customer)


def render_receipt(path, **ctx):
    # expect: xss
    return Template(filename=path, module_directory="/tmp/mako_modules").render(**ctx)


class StatementRenderer:
    def __init__(self, source):
        # expect: xss
        self.template = Template(source, input_encoding="utf-8")

    def render(self, **ctx):
        return self.template.render(**ctx)


def render_escaped(number, customer):
    tmpl = Template(INVOICE_SRC, default_filters=["h"])
    return tmpl.render(number=number, customer=customer)


def render_from_lookup(name, **ctx):
    return lookup.get_template(name).render(**ctx)


def render_plain_text(number):
    return f"Invoice {number}\n"
