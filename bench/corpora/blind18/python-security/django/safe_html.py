"""Profile widgets rendered in templates."""
from django import template
from django.http import HttpResponse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.simple_tag
def user_badge(user):
    # expect: xss
    return mark_safe(f"<span class='badge'>{user.display_name}</span>")


@register.simple_tag
def user_badge_safe(user):
    # safe: format_html escapes its arguments
    return format_html("<span class='badge'>{}</span>", user.display_name)


@register.filter
def bio_html(profile):
    html = "<p>" + profile.bio + "</p>"
    # expect: xss
    return mark_safe(html)


@register.simple_tag
def location(profile):
    # expect: xss
    return format_html("<em>{}</em>".format(profile.city) + "<br>")


@register.simple_tag
def link_list(links):
    # safe: format_html_join escapes each item
    return format_html_join("\n", "<li><a href='{}'>{}</a></li>", ((l.url, l.title) for l in links))


@register.simple_tag
def motto(profile):
    # safe: escaped before marking safe
    return mark_safe("<q>%s</q>" % escape(profile.motto))


def greeting(request):
    name = request.GET.get("name", "")
    # expect: xss
    return HttpResponse(SafeString("<h2>Hi " + name + "</h2>"))


@register.simple_tag
def divider():
    # safe: constant
    return mark_safe("<hr class='divider'>")
