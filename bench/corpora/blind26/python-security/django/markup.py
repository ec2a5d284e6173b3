"""Small value objects rendered in templates."""
from django.utils.html import escape, format_html


class Badge:
    def __init__(self, label, colour):
        self.label = label
        self.colour = colour

    # expect: xss
    def __html__(self):
        return '<span class="badge badge-%s">%s</span>' % (self.colour, self.label)


class Avatar:
    def __init__(self, url, alt):
        self.url = url
        self.alt = alt

    def render(self):
        return format_html('<img src="{}" alt="{}">', self.url, self.alt)

    def __str__(self):
        return escape(self.alt)
