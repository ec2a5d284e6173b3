"""Presentation helpers rendered directly in the dashboard templates."""
import django.utils.html
from django.utils.html import format_html, html_safe


# expect: xss
@html_safe
class UserChip:
    def __init__(self, user):
        self.user = user

    def __str__(self):
        return f"<span class='chip'>{self.user.get_full_name()}</span>"


class TagPill:
    def __init__(self, tag):
        self.tag = tag

    def __str__(self):
        return f"<span class='pill'>{self.tag.name}</span>"


# expect: xss
TagPill = html_safe(TagPill)


# expect: xss
@django.utils.html.html_safe
class CommentPreview:
    def __init__(self, comment):
        self.comment = comment

    def __str__(self):
        return "<blockquote>%s</blockquote>" % self.comment.body[:200]


@html_safe
class StatusDot:
    """Escapes its one dynamic value through format_html."""

    def __init__(self, status):
        self.status = status

    def __str__(self):
        return format_html("<span class='dot dot-{}'></span>", self.status)


class PlainLabel:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text
