"""Template helpers for the forum app."""
from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def user_badge(user):
    return format_html('<span class="badge">{}</span>', user.display_name)


@register.simple_tag
def user_badge_fast(user):
    # expect: xss
    return mark_safe(f'<span class="badge">{user.display_name}</span>')


@register.filter
def signature(post):
    # expect: xss
    return mark_safe("<div class='sig'>" + post.author.signature + "</div>")


@register.filter
def signature_escaped(post):
    return mark_safe("<div class='sig'>" + escape(post.author.signature) + "</div>")


@register.simple_tag
def divider():
    return mark_safe("<hr class='thread-divider'>")
