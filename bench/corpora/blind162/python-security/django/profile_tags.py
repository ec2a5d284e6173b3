"""Template tags and helpers for member profile cards."""
from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def profile_badge(member):
    # expect: xss
    return mark_safe(f'<span class="badge">{member.display_name}</span>')


@register.simple_tag
def profile_badge_escaped(member):
    return format_html('<span class="badge">{}</span>', member.display_name)


@register.simple_tag
def separator():
    return mark_safe("<hr class='card-sep'>")


@register.filter
def bio_html(member):
    """Members write their bio in a textarea; line breaks become <br>."""
    # expect: xss
    return mark_safe(member.bio.replace("\n", "<br>"))


@register.simple_tag
def website_link(member):
    if not member.website:
        return ""
    # expect: xss
    return mark_safe('<a href="%s" rel="nofollow">%s</a>' % (member.website, member.website))


@register.simple_tag
def interest_list(member):
    return format_html_join("", "<li>{}</li>", ((i.name,) for i in member.interests.all()))


@register.simple_tag
def follower_card(member):
    """The card template itself escapes every variable."""
    return mark_safe(render_to_string("members/follower_card.html", {"member": member}))
