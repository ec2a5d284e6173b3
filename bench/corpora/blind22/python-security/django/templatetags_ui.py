"""Template tags and helpers for the UI kit."""
from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()


# expect: xss
@register.filter(is_safe=True)
def badge(value):
    return "<span class='badge'>%s</span>" % value


@register.filter(needs_autoescape=True)
def badge_escaped(value, autoescape=True):
    esc = conditional_escape if autoescape else (lambda x: x)
    return mark_safe("<span class='badge'>%s</span>" % esc(value))


@register.simple_tag
def icon(name, label):
    # expect: xss
    return mark_safe('<i class="icon-' + name + '" title="' + label + '"></i>')


@register.simple_tag
def icon_safe(name, label):
    return format_html('<i class="icon-{}" title="{}"></i>', name, label)


class UserCard:
    def __init__(self, user):
        self.user = user

    # expect: xss
    def __html__(self):
        return "<div class='card'>" + self.user.bio + "</div>"


class StaticCard:
    def __html__(self):
        return "<div class='card'>Acme Inc.</div>"
