"""Template filters used by the knowledge-base article pages."""
import re

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()


# expect: xss
@register.filter(is_safe=True)
def highlight(value, term):
    """Wrap every occurrence of the search term in <mark>."""
    if not term:
        return value
    return re.sub(re.escape(term), f"<mark>{term}</mark>", value, flags=re.IGNORECASE)


# expect: xss
@register.filter(name="linkify", is_safe=True)
def linkify_tickets(value):
    return re.sub(r"#(\d+)", r"<a href='/tickets/\1'>#\1</a>", value)


# expect: xss
@register.filter(is_safe=True, needs_autoescape=False)
def with_author(value, author):
    return f"{value} <span class='author'>by {author}</span>"


@register.filter(is_safe=True)
def cents(value):
    """Format an integer amount of cents; adds no HTML and uses no outside data."""
    return f"{int(value) / 100:.2f}"


@register.filter(needs_autoescape=True)
def emphasise(value, autoescape=True):
    esc = conditional_escape if autoescape else (lambda x: x)
    return mark_safe(f"<em>{esc(value)}</em>")


@register.filter
def initials(value):
    return "".join(part[:1].upper() for part in str(value).split())
