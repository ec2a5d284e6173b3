# library: Django (django.utils.html.format_html)
"""Small HTML helpers used in templatetags."""
from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()


@register.simple_tag
def user_chip(user):
    # expect: xss
    return format_html(f'<span class="chip">{user.get_full_name()}</span>')


@register.simple_tag
def user_chip_safe(user):
    return format_html('<span class="chip">{}</span>', user.get_full_name())


@register.simple_tag
def link(url, text):
    # expect: xss
    return format_html('<a href="{}">' + text + "</a>", url)


@register.simple_tag
def link_safe(url, text):
    return format_html('<a href="{}">{}</a>', url, text)


@register.simple_tag
def tag_list(tags):
    return format_html_join(", ", "<b>{}</b>", ((t.name,) for t in tags))


@register.simple_tag
def quote(comment):
    # expect: xss
    return format_html("<q>{}</q>".format(comment.body))
