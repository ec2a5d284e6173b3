"""Presentation helpers used in the admin and in templates."""
from django.utils.html import conditional_escape, format_html


class StatusBadge:
    def __init__(self, label, colour):
        self.label = label
        self.colour = colour

    # expect: xss
    def __html__(self):
        return f'<span class="badge badge-{self.colour}">{self.label}</span>'


class UserMention:
    def __init__(self, user):
        self.user = user

    # expect: xss
    def __html__(self):
        return "<a href='/u/%s'>@%s</a>" % (self.user.pk, self.user.username)


class MarkdownBlock:
    def __init__(self, rendered):
        self.rendered = rendered

    def __str__(self):
        return self.rendered

    # expect: xss
    def __html__(self):
        return self.rendered


class SafeBadge:
    def __init__(self, label):
        self.label = label

    def __html__(self):
        return format_html('<span class="badge">{}</span>', self.label)


class Username:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return conditional_escape(self.name)
