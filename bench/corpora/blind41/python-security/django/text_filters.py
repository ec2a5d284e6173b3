"""Custom template filters of the blog app."""
import re

from django import template
from django.template.defaultfilters import stringfilter
from django.utils.html import format_html, urlize

register = template.Library()


# expect: xss
@register.filter(is_safe=True)
def highlight(text, term):
    return re.sub("(%s)" % re.escape(term), r"<mark>\1</mark>", text, flags=re.I)


# expect: xss
@register.filter(name="linkify", is_safe=True)
@stringfilter
def linkify(value):
    return value.replace("[[", '<a href="/wiki/').replace("]]", '">link</a>')


# expect: xss
@register.filter(is_safe=True, needs_autoescape=False)
def nl2p(value):
    return "".join("<p>%s</p>" % line for line in value.split("\n") if line)


@register.filter(needs_autoescape=True)
def initials(value, autoescape=True):
    return format_html("<abbr>{}</abbr>", "".join(w[0] for w in value.split()))


@register.filter
@stringfilter
def shout(value):
    return value.upper()


@register.filter(is_safe=False)
def linkify_urls(value):
    return urlize(value, nofollow=True, autoescape=True)
