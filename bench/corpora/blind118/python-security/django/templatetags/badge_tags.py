"""Template tags for user badges, status pills and help text."""
from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

STATUS_CLASSES = {"open": "pill-green", "closed": "pill-grey", "blocked": "pill-red"}


@register.simple_tag
def user_badge(user):
    # expect: xss
    return mark_safe(f'<span class="badge" title="{user.profile.headline}">{user.get_full_name()}</span>')


@register.simple_tag
def status_pill(status):
    css = STATUS_CLASSES.get(status, "pill-grey")
    return format_html('<span class="pill {}">{}</span>', css, status)


@register.simple_tag
def divider():
    return mark_safe("<hr class=\"divider\">")


@register.filter
def tag_list(tags):
    # expect: xss
    return mark_safe(", ".join('<a href="/tags/%s/">%s</a>' % (t.slug, t.name) for t in tags))


@register.filter
def mentions(users):
    return format_html_join(", ", '<a href="/u/{}/">@{}</a>', ((u.username, u.username) for u in users))


@register.inclusion_tag("widgets/help.html")
def help_text(field):
    # expect: xss
    return {"text": mark_safe(field.help_text + " <em>(" + field.label + ")</em>")}
