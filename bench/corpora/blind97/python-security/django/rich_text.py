"""Rich-text helpers for the CMS: rendered snippets that templates print as-is."""
from django.utils import safestring
from django.utils.html import escape, format_html
from django.utils.safestring import SafeData, SafeString, SafeText, mark_safe


# expect: xss
class RenderedMarkdown(SafeString):
    """Markdown rendered by the editor widget; templates print it without escaping."""

    @classmethod
    def from_source(cls, source, renderer):
        return cls(renderer.render(source))


# expect: xss
class EmbedCode(SafeText):
    def __new__(cls, provider, snippet):
        obj = super().__new__(cls, snippet)
        obj.provider = provider
        return obj


# expect: xss
class CommentBody(safestring.SafeData):
    def __init__(self, raw):
        self.raw = raw

    def __html__(self):
        return self.raw

    def __str__(self):
        return self.raw


class PlainSnippet(str):
    """A plain str subclass: templates escape it like any other string."""

    def shout(self):
        return PlainSnippet(self.upper())


def badge(label, colour):
    return format_html('<span class="badge badge-{}">{}</span>', colour, label)


def icon(name):
    return mark_safe('<svg class="icon"><use href="#icon-star"></use></svg>') if name == "star" else ""


def quote_block(text):
    return format_html("<blockquote>{}</blockquote>", escape(text))


def is_trusted(value):
    return isinstance(value, (SafeData, SafeString))
