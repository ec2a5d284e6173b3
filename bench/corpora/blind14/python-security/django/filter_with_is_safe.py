# library: Django template filters (is_safe / mark_safe)
"""Custom template filters for the forum app."""
from django import template
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter(is_safe=True)
def shout(value):
    return value.upper()


@register.filter(is_safe=True)
def with_class(value, css_class):
    # expect: xss
    return '<span class="%s">%s</span>' % (css_class, value)


@register.filter(needs_autoescape=True)
def quote_block(value, autoescape=True):
    esc = conditional_escape if autoescape else (lambda x: x)
    return mark_safe("<blockquote>%s</blockquote>" % esc(value))


@register.filter
def signature(user):
    # expect: xss
    return mark_safe(f"<em>{user.profile.signature}</em>")


@register.filter
def signature_safe(user):
    return mark_safe("<em>%s</em>" % escape(user.profile.signature))


@register.filter
def with_link(value, url):
    # expect: xss
    return mark_safe('<a href="' + url + '">' + value + "</a>")
