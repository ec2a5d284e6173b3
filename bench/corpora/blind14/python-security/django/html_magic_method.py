# library: Django (__html__ protocol)
"""Value objects rendered directly in templates."""
from django.utils.html import escape, format_html


class Badge:
    def __init__(self, label, colour):
        self.label = label
        self.colour = colour

    def __html__(self):
        # expect: xss
        return f'<span class="badge badge-{self.colour}">{self.label}</span>'


class SafeBadge:
    def __init__(self, label, colour):
        self.label = label
        self.colour = colour

    def __html__(self):
        return format_html('<span class="badge badge-{}">{}</span>', self.colour, self.label)


class UserLink:
    def __init__(self, user):
        self.user = user

    def __html__(self):
        # expect: xss
        return '<a href="/u/%s">%s</a>' % (self.user.username, self.user.get_full_name())


class EscapedUserLink:
    def __init__(self, user):
        self.user = user

    def __html__(self):
        return '<a href="/u/%s">%s</a>' % (escape(self.user.username), escape(self.user.get_full_name()))
