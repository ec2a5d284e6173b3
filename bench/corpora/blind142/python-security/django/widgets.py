"""Small display objects rendered in dashboard templates."""
from django.utils.html import format_html
from django.utils.safestring import mark_safe


class StatusBadge:
    def __init__(self, label, colour):
        self.label = label
        self.colour = colour

    # expect: xss
    def __html__(self):
        return f'<span class="badge badge-{self.colour}">{self.label}</span>'


class UserLink:
    def __init__(self, user):
        self.user = user

    def __str__(self):
        return self.user.get_full_name()

    # expect: xss
    def __html__(self):
        return '<a href="/u/%s">%s</a>' % (self.user.username, self.user.get_full_name())


class SafeChip:
    def __init__(self, text):
        self.text = text

    def __html__(self):
        return format_html('<span class="chip">{}</span>', self.text)


class Snippet:
    def __init__(self, body):
        self.body = body

    # expect: xss
    def __html__(self):
        return "<blockquote>" + self.body + "</blockquote>"


def divider():
    return mark_safe("<hr class='divider'>")
