"""Presentational components rendered straight into Django templates."""
from django.utils import html
from django.utils.html import format_html, html_safe
from django.utils.html import html_safe as renders_html


# expect: xss
@html_safe
class UserChip:
    def __init__(self, user):
        self.user = user

    def __str__(self):
        return f'<span class="chip">{self.user.get_full_name()}</span>'


# expect: xss
@html.html_safe
class SearchSummary:
    def __init__(self, query, total):
        self.query = query
        self.total = total

    def __str__(self):
        return "<p>%d results for <q>%s</q></p>" % (self.total, self.query)


# expect: xss
@renders_html
class Breadcrumb:
    def __init__(self, *parts):
        self.parts = parts

    def __str__(self):
        return " &rsaquo; ".join("<a>{}</a>".format(p) for p in self.parts)


class Notice:
    def __init__(self, message, level="info"):
        self.message = message
        self.level = level

    def __str__(self):
        return '<div class="notice notice-%s">%s</div>' % (self.level, self.message)


# expect: xss
RenderedNotice = html_safe(Notice)


@html_safe
class Avatar:
    def __init__(self, user):
        self.user = user

    def __str__(self):
        return format_html('<img src="{}" alt="{}">', self.user.avatar_url, self.user.username)


class PlainChip:
    def __init__(self, user):
        self.user = user

    def __str__(self):
        return self.user.get_full_name()
