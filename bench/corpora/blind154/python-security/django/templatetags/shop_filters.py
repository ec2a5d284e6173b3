"""Template filters for product pages."""
from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()


# expect: xss
@register.filter(is_safe=True)
def highlight(text, term):
    return text.replace(term, f"<mark>{term}</mark>")


# expect: xss
@register.filter(name="with_unit", is_safe=True)
def with_unit(value, unit):
    return f"{value}&nbsp;<abbr>{unit}</abbr>"


# expect: xss
@register.filter(is_safe=True)
def link_to(url, label):
    return "<a href='%s'>%s</a>" % (url, label)


@register.filter(is_safe=True)
def thousands(value):
    return f"{int(value):,}"


@register.filter(needs_autoescape=True)
def highlight_safe(text, term, autoescape=True):
    esc = conditional_escape if autoescape else (lambda s: s)
    text, term = esc(text), esc(term)
    return mark_safe(text.replace(term, f"<mark>{term}</mark>"))


@register.filter
def badge(label):
    return format_html("<span class='badge'>{}</span>", label)


@register.filter(is_safe=False)
def initials(name):
    return "".join(part[0] for part in name.split())
