"""Trusted HTML snippets for the CMS."""
import django.utils.safestring
from django.utils import safestring
from django.utils.safestring import SafeData, SafeString
from django.utils.safestring import SafeText as TrustedText
from django.utils.safestring import mark_safe
from django.utils.html import format_html


# expect: xss
class Snippet(SafeString):
    def with_class(self, css):
        return Snippet('<div class="%s">%s</div>' % (css, self))


# expect: xss
class LegacySnippet(TrustedText):
    pass


# expect: xss
class HtmlFragment(SafeData):
    def __init__(self, html):
        self.html = html

    def __html__(self):
        return self.html


# expect: xss
class Badge(safestring.SafeString):
    pass


# expect: xss
class Banner(django.utils.safestring.SafeData):
    pass


class Escaped(str):
    def __html__(self):
        return format_html("<span>{}</span>", str(self))


def trusted_icon(name):
    return mark_safe('<svg class="icon"><use href="#%s"/></svg>' % {"ok": "ok", "warn": "warn"}.get(name, "ok"))
