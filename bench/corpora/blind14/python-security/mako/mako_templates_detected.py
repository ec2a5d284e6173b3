# library: mako
"""Renders the public profile page, invoices and plain-text digests."""
from mako.lookup import TemplateLookup
from mako.template import Template

html_lookup = TemplateLookup(directories=["templates/html"], default_filters=["h"])
text_lookup = TemplateLookup(directories=["templates/text"])

BANNER = Template("<div class='banner'>${message | h}</div>")


def render_profile(user):
    return html_lookup.get_template("profile.html").render(user=user)


def render_comment(comment):
    # expect: xss
    tpl = Template("<p class='comment'>${body}</p>")
    return tpl.render(body=comment.body)


def render_comment_escaped(comment):
    tpl = Template("<p class='comment'>${body}</p>", default_filters=["h"])
    return tpl.render(body=comment.body)


def render_invoice(customer):
    # expect: xss
    return Template(filename="templates/html/invoice.html").render(customer=customer)


def render_banner(message):
    return BANNER.render(message=message)


def render_digest(items):
    return text_lookup.get_template("digest.txt").render(items=items)
