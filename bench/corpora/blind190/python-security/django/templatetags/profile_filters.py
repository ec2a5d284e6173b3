"""Template filters for member profile pages."""
from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter(is_safe=True)
def initials(name):
    """'Ada Lovelace' -> 'AL' (letters only, no markup added)."""
    return "".join(part[0] for part in str(name).split() if part[:1].isalpha()).upper()


# expect: xss
@register.filter(is_safe=True)
def signed(text, author):
    """{{ post.body|linebreaksbr|signed:post.author.nickname }}"""
    return "%s<p class=\"signature\">&mdash; %s</p>" % (text, author)


# expect: xss
@register.filter(is_safe=True)
def with_tooltip(text, hint):
    """{{ "Reviewed"|with_tooltip:review.reviewer_note }}"""
    return '<span class="tip" title="%s">%s</span>' % (hint, text)


@register.filter(needs_autoescape=True)
def badge(label, autoescape=True):
    esc = conditional_escape if autoescape else (lambda x: x)
    return mark_safe('<span class="badge">%s</span>' % esc(label))


@register.filter
def profile_link(user):
    return format_html('<a href="/u/{}">{}</a>', user.username, user.get_full_name())


@register.filter(is_safe=False)
def truncate_bio(bio, length=140):
    bio = str(bio)
    return bio if len(bio) <= length else bio[: length - 1] + "\u2026"
