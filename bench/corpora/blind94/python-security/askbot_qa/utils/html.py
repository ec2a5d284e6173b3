from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


def search_heading(query):
    if not query:
        return ""
    # expect: xss
    return mark_safe('<span class="search-query">' + query + "</span>")


def search_heading_escaped(query):
    if not query:
        return ""
    return mark_safe('<span class="search-query">' + escape(query) + "</span>")


def user_link(username, url):
    return format_html('<a href="{}">{}</a>', url, username)
