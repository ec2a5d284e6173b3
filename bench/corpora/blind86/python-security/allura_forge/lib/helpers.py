from urllib.parse import urlparse

from markupsafe import Markup, escape


def render_notice(text):
    # expect: xss
    return Markup('<div class="notice">' + text + "</div>")


def render_notice_escaped(text):
    return Markup('<div class="notice">{}</div>').format(text)


def local_url(url, default="/"):
    if not url:
        return default
    parsed = urlparse(url)
    if parsed.scheme or parsed.netloc or url.startswith("//") or "\\" in url:
        return default
    return url


def really_unicode(value):
    return escape(value) if value is not None else ""
