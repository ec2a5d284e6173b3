"""Template helpers for profile pages."""
from django import template
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

STATUS_ICONS = {
    "verified": '<svg class="icon"><use href="#check"/></svg>',
    "moderator": '<svg class="icon"><use href="#shield"/></svg>',
}


@register.simple_tag
def status_icon(status):
    return mark_safe(STATUS_ICONS.get(status, ""))


@register.simple_tag
def display_name(user):
    return format_html('<span class="name" title="{}">{}</span>', user.username, user.get_full_name())


@register.filter
def bio_html(profile):
    # expect: xss
    return mark_safe(f"<p class='bio'>{profile.bio}</p>")


@register.filter
def location_line(profile):
    return mark_safe("<br>".join(escape(part) for part in (profile.city, profile.country) if part))


@register.simple_tag
def social_links(profile):
    # LinkForm only saves https:// URLs; verified links were checked by a moderator
    return format_html_join("", '<a rel="nofollow noopener" href="{}">{}</a>', ((l.url, l.label) for l in profile.links.filter(verified=True)))


@register.simple_tag
def signature(profile):
    html = "<div class='sig'>" + profile.signature + "</div>"
    # expect: xss
    return mark_safe(html)


@register.simple_tag
def divider():
    return mark_safe("<hr class='profile-divider'>")
