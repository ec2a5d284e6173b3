"""Snapshot rendering helpers; titles come from the archived pages."""
from django.utils.html import format_html
from django.utils.safestring import mark_safe


def snapshot_title_html(snapshot):
    # expect: xss
    return mark_safe(f'<a href="/archive/{snapshot.timestamp}/index.html" title="{snapshot.url}">{snapshot.title or snapshot.url}</a>')


def snapshot_title_html_escaped(snapshot):
    return format_html('<a href="/archive/{}/index.html" title="{}">{}</a>', snapshot.timestamp, snapshot.url, snapshot.title or snapshot.url)
