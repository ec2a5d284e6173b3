# library: Django (django.utils.html.html_safe)
"""Widgets whose str() is dropped straight into templates."""
from django.utils.html import format_html, html_safe


@html_safe
class Breadcrumb:
    def __init__(self, title, url):
        self.title = title
        self.url = url

    def __str__(self):
        # expect: xss
        return f'<a href="{self.url}">{self.title}</a>'


@html_safe
class EscapedBreadcrumb:
    def __init__(self, title, url):
        self.title = title
        self.url = url

    def __str__(self):
        return format_html('<a href="{}">{}</a>', self.url, self.title)


@html_safe
class Divider:
    def __str__(self):
        return '<hr class="divider">'


class PlainTitle:
    def __init__(self, title):
        self.title = title

    def __str__(self):
        return self.title
