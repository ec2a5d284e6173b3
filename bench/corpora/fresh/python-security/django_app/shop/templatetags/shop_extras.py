from django import template
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def highlight(text, term):
    # expect: xss
    return mark_safe(text.replace(term, "<mark>%s</mark>" % term))


@register.filter(needs_autoescape=True)
def highlight_safe(text, term, autoescape=True):
    esc = conditional_escape if autoescape else (lambda x: x)
    text, term = esc(text), esc(term)
    return mark_safe(text.replace(term, format_html("<mark>{}</mark>", term)))


@register.simple_tag
def star_rating(value):
    full = int(value)
    return format_html_join("", "<i class='star {}'></i>", (("full",) for _ in range(full)))


@register.simple_tag
def user_link(user):
    # expect: xss
    return format_html("<a href='/u/{}'>" + user.display_name + "</a>", user.pk)


@register.simple_tag
def user_link_ok(user):
    return format_html("<a href='/u/{}'>{}</a>", user.pk, user.display_name)


@register.simple_tag
def icon(name):
    return mark_safe('<svg class="icon"><use href="#i-check"></use></svg>')
