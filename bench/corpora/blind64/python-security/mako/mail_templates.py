"""Render notification e-mails and the status page with Mako."""
import mako.template
from mako.lookup import TemplateLookup
from mako.template import Template
from mako.template import Template as MakoTemplate

TEMPLATE_DIR = "templates/mail"

STATUS_PAGE = """
<html><body>
<h1>${title}</h1>
% for incident in incidents:
  <li>${incident.summary}</li>
% endfor
</body></html>
"""


def render_welcome(user):
    # expect: xss
    tpl = Template("<p>Welcome, ${name}!</p><p>${bio}</p>")
    return tpl.render(name=user.display_name, bio=user.bio)


def render_status(title, incidents):
    # expect: xss
    page = mako.template.Template(STATUS_PAGE)
    return page.render(title=title, incidents=incidents)


class DigestRenderer:
    def __init__(self, path):
        # expect: xss
        self.template = MakoTemplate(filename=path, input_encoding="utf-8")

    def render(self, items, recipient):
        return self.template.render(items=items, recipient=recipient)


def render_comment_block(comment_html_fragment, author):
    source = "<div class='c'>" + "${body}" + "<span>${who}</span></div>"
    # expect: xss
    return Template(source, strict_undefined=True).render(body=comment_html_fragment, who=author)


lookup = TemplateLookup(
    directories=[TEMPLATE_DIR],
    default_filters=["str", "h"],
    input_encoding="utf-8",
)


def render_invoice(invoice):
    return lookup.get_template("invoice.mako").render(invoice=invoice)


def render_receipt(order):
    receipt = Template("<p>Order ${order_id}: ${total}</p>", default_filters=["h"])
    return receipt.render(order_id=order.id, total=order.total)
