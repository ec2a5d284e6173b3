"""Renders the customer statement page and the plain-text digest with Mako."""
from mako.lookup import TemplateLookup
from mako.template import Template

from .models import Customer, Statement

lookup = TemplateLookup(directories=["templates/statements"], default_filters=["h"])

STATEMENT_HTML = """
<h1>Statement for ${customer.name}</h1>
<p>Billing address: ${customer.address}</p>
% for line in statement.lines:
<tr><td>${line.description}</td><td>${line.amount}</td></tr>
% endfor
"""

NOTE_HTML = "<div class='note'>${note}</div>"

DIGEST_TXT = "Hello ${name},\nYour balance is ${balance}.\n"


def render_statement(customer: Customer, statement: Statement) -> str:
    # expect: xss
    tpl = Template(STATEMENT_HTML)
    return tpl.render(customer=customer, statement=statement)


def render_statement_escaped(customer: Customer, statement: Statement) -> str:
    tpl = Template(STATEMENT_HTML, default_filters=["h"])
    return tpl.render(customer=customer, statement=statement)


def render_note(note: str) -> str:
    """Support agents' notes, shown on the customer's portal page."""
    # expect: xss
    return Template(NOTE_HTML).render(note=note)


def render_from_file(name: str, **ctx) -> str:
    return lookup.get_template(name).render(**ctx)


def render_invoice_page(path: str, **ctx) -> str:
    """Legacy invoice pages still load straight from disk."""
    # expect: xss
    tpl = Template(filename=path, input_encoding="utf-8")
    return tpl.render(**ctx)


def render_digest(name: str, balance: str) -> str:
    """Plain-text e-mail body; HTML escaping would corrupt it."""
    return Template(DIGEST_TXT).render(name=name, balance=balance)
