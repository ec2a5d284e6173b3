"""Template tags for status badges and icons."""
from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.safestring import mark_safe as safe

register = template.Library()

STATUS_COLOURS = {"open": "green", "closed": "grey", "blocked": "red"}


@register.simple_tag
def status_badge(status):
    colour = STATUS_COLOURS.get(status, "grey")
    return format_html('<span class="badge" style="color:{}">{}</span>', colour, status)


@register.simple_tag
def label_badge(label):
    # expect: xss
    return mark_safe(f'<span class="label">{label}</span>')


@register.filter
def as_list(items):
    parts = ["<li>%s</li>" % item for item in items]
    # expect: xss
    return safe("<ul>" + "".join(parts) + "</ul>")


@register.filter
def as_safe_list(items):
    return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((i,) for i in items)))


@register.simple_tag
def divider():
    return mark_safe('<hr class="divider">')


@register.simple_tag(takes_context=True)
def user_greeting(context):
    user = context["request"].user
    html = "<b>Welcome back, " + user.first_name + "</b>"
    # expect: xss
    return mark_safe(html)


# expect: xss
@mark_safe
def icon(name):
    return '<i class="icon icon-%s"></i>' % name


register.simple_tag(icon)


class Tooltip:
    def __init__(self, text):
        self.text = text

    def render(self):
        # expect: xss
        return mark_safe('<span title="{}">?</span>'.format(self.text))
