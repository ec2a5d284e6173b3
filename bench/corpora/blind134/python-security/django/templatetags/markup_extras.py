"""Template filters for the forum pages."""
from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()


# expect: xss
@register.filter(is_safe=True)
def mention_links(value):
    words = []
    for word in str(value).split():
        words.append(f'<a href="/u/{word[1:]}">{word}</a>' if word.startswith("@") else word)
    return " ".join(words)


# expect: xss
@register.filter(is_safe=True)
def highlight(value, term):
    return str(value).replace(term, f"<mark>{term}</mark>")


# expect: xss
@register.filter(name="nl2p", is_safe=True)
def nl2p(value):
    return "".join(f"<p>{line}</p>" for line in str(value).splitlines())


@register.filter(is_safe=True)
def add_ellipsis(value):
    return "%s..." % value


@register.filter(needs_autoescape=True)
def highlight_safe(value, term, autoescape=True):
    esc = conditional_escape if autoescape else (lambda x: x)
    return mark_safe(esc(value).replace(esc(term), f"<mark>{esc(term)}</mark>"))


@register.simple_tag
def user_link(user):
    return format_html('<a href="/u/{}">{}</a>', user.username, user.get_full_name())
