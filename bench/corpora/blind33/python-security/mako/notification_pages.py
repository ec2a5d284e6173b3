"""Renders the account pages and notification e-mails of the billing portal with Mako."""
import mako.template
from jinja2 import Environment, FileSystemLoader, select_autoescape
from mako.lookup import TemplateLookup
from mako.template import Template

TEMPLATE_DIR = "billing/templates"

INVOICE_ROW = """
<tr><td>${item.description}</td><td>${item.amount}</td></tr>
"""


def render_invoice_rows(items):
    # expect: xss
    row = Template(INVOICE_ROW)
    return "".join(row.render(item=i) for i in items)


def render_welcome(user):
    # expect: xss
    page = mako.template.Template(filename=f"{TEMPLATE_DIR}/welcome.html")
    return page.render(name=user.display_name, company=user.company)


class PageRenderer:
    def __init__(self):
        # expect: xss
        self.lookup = TemplateLookup(directories=[TEMPLATE_DIR], input_encoding="utf-8")

    def render(self, name, **context):
        return self.lookup.get_template(name).render(**context)


def render_comment(comment):
    # expect: xss
    return Template(
        "<div class='comment'><b>${author}</b>: ${body}</div>",
        strict_undefined=True,
    ).render(author=comment.author, body=comment.body)


SAFE_LOOKUP = TemplateLookup(directories=[TEMPLATE_DIR], default_filters=["h"])


def render_receipt(receipt):
    tpl = Template("<p>Paid ${amount} for ${plan}</p>", default_filters=["h"])
    return tpl.render(amount=receipt.amount, plan=receipt.plan_name)


jinja_env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html"]))
