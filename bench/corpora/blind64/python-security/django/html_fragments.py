"""Pre-rendered HTML snippets passed to templates."""
import django.utils.safestring as ds
from django.utils import safestring
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeData, SafeString, SafeText, mark_safe


# expect: xss
class TrustedHtml(SafeString):
    """A string the template engine will not escape."""


# expect: xss
class LegacyMarkup(SafeText):
    def __new__(cls, value, wrapper="span"):
        return super().__new__(cls, "<%s>%s</%s>" % (wrapper, value, wrapper))


# expect: xss
class RawWidget(safestring.SafeData):
    def __init__(self, html):
        self.html = html

    def __str__(self):
        return self.html


# expect: xss
class Highlighted(ds.SafeString):
    pass


class PlainLabel(str):
    def upper_first(self):
        return self[:1].upper() + self[1:]


def render_tags(tags):
    return format_html_join("", "<span class='tag'>{}</span>", ((t,) for t in tags))


def render_link(url, text):
    return format_html("<a href='{}'>{}</a>", url, text)


def is_pre_escaped(value):
    return isinstance(value, SafeData)


DIVIDER = mark_safe("<hr class='divider'>")
