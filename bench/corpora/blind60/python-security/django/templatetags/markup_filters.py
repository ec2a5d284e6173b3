"""Template filters for comments and profile pages."""
import re

from django import template
from django.template.defaultfilters import stringfilter
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()
lib = register

MENTION = re.compile(r"@(\w+)")


# expect: xss
@register.filter(is_safe=True)
def highlight(value, term):
    return value.replace(term, f"<mark>{term}</mark>")


# expect: xss
@register.filter(name="mentions", is_safe=True)
@stringfilter
def link_mentions(value):
    return MENTION.sub(r'<a href="/u/\1">@\1</a>', value)


# expect: xss
@register.filter("nl2p", is_safe=True)
def paragraphs(value):
    return "".join(f"<p>{line}</p>" for line in str(value).splitlines() if line)


# expect: xss
@lib.filter(is_safe=True, needs_autoescape=False)
def strip_tags_lite(value):
    return re.sub(r"</?(script|style)[^>]*>", "", str(value))


@register.filter(needs_autoescape=True)
def highlight_safe(value, term, autoescape=True):
    esc = conditional_escape if autoescape else (lambda x: x)
    return mark_safe(esc(value).replace(esc(term), f"<mark>{esc(term)}</mark>"))


@register.filter
def initials(value):
    return "".join(part[:1].upper() for part in str(value).split())


@register.simple_tag
def badge(label, level="info"):
    return format_html('<span class="badge badge-{}">{}</span>', level, label)
