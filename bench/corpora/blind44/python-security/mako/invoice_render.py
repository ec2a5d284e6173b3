"""Render invoice e-mails and the customer portal pages with Mako."""
import mako.template
from mako.template import Template as MakoTemplate
from mako.lookup import TemplateLookup

TEMPLATE_DIR = "/srv/portal/templates"


def render_greeting(customer_name):
    # expect: xss
    tpl = mako.template.Template("<h1>Hello ${name}</h1>")
    return tpl.render(name=customer_name)


def render_invoice(invoice):
    source_path = f"{TEMPLATE_DIR}/invoice.mako"
    # expect: xss
    page = MakoTemplate(filename=source_path, module_directory="/tmp/mako_modules")
    return page.render(invoice=invoice, lines=invoice.lines)


class PortalRenderer:
    def __init__(self, header_markup):
        self._header = header_markup
        # expect: xss
        self._layout = mako.template.Template(
            self._header + "<main>${body}</main>",
            input_encoding="utf-8",
        )

    def page(self, body):
        return self._layout.render(body=body)


def render_escaped(comment):
    safe_tpl = MakoTemplate("<p>${text}</p>", default_filters=["h"])
    return safe_tpl.render(text=comment)


def render_from_lookup(name, context):
    lookup = TemplateLookup(directories=[TEMPLATE_DIR], default_filters=["h"])
    return lookup.get_template(name).render(**context)
