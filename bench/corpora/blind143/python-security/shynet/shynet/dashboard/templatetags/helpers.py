import html
from urllib.parse import urlparse

import requests
from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()
ICON_SERVICE = "https://icons.duckduckgo.com/ip3/{host}.ico"


@register.filter
def urldisplay(url):
    if url.startswith("http"):
        # expect: xss
        return mark_safe(f'<a href="{url}" title="{url}" rel="nofollow">{url}</a>')
    return url


@register.filter
def urldisplay_safe(url):
    return format_html('<a href="{}" rel="nofollow">{}</a>', url, url)


@register.filter
def iconify(location):
    host = urlparse(location).hostname or ""
    data = requests.get(ICON_SERVICE.format(host=html.escape(host)), timeout=3).content
    return len(data)


@register.simple_tag
def origin_favicon(location):
    parsed = urlparse(location)
    # expect: ssrf
    response = requests.get(f"{parsed.scheme}://{parsed.netloc}/favicon.ico", timeout=3)
    return response.headers.get("content-type", "")
