# library: Jinja2 used directly inside a Flask app
"""Receipt rendering outside of render_template."""
import jinja2
from flask import render_template, render_template_string

RECEIPT_HTML = "<h1>Receipt for {{ customer.name }}</h1><p>{{ note }}</p>"


def receipt_page(customer, note):
    # expect: xss
    template = jinja2.Template(RECEIPT_HTML)
    return template.render(customer=customer, note=note)


def receipt_page_safe(customer, note):
    return render_template("receipt.html", customer=customer, note=note)


def receipt_inline_safe(customer, note):
    return render_template_string(RECEIPT_HTML, customer=customer, note=note)


def receipt_from_env(customer, note):
    # expect: xss
    env = jinja2.Environment(loader=jinja2.FileSystemLoader("receipts"))
    return env.get_template("receipt.html").render(customer=customer, note=note)


def receipt_env_safe(customer, note):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader("receipts"), autoescape=True)
    return env.get_template("receipt.html").render(customer=customer, note=note)
