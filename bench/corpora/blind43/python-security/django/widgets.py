"""Small HTML widgets rendered in templates."""
from django.utils.html import format_html, html_safe
from django.utils import html as dj_html
import django.utils.html


# expect: xss
@html_safe
class Badge:
    def __init__(self, label, colour):
        self.label = label
        self.colour = colour

    def __str__(self):
        return '<span class="badge badge-%s">%s</span>' % (self.colour, self.label)


# expect: xss
@django.utils.html.html_safe
class UserLink:
    def __init__(self, user):
        self.user = user

    def __str__(self):
        return f'<a href="/u/{self.user.pk}">{self.user.get_full_name()}</a>'


class Tooltip:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return "<abbr title='%s'>?</abbr>" % self.text


# expect: xss
SafeTooltip = dj_html.html_safe(Tooltip)


class EscapedBadge:
    def __init__(self, label):
        self.label = label

    def __str__(self):
        return format_html('<span class="badge">{}</span>', self.label)


class PlainLabel:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text
