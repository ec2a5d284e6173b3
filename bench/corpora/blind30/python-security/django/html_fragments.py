"""Small HTML fragments handed to templates."""
from django.utils import safestring
from django.utils.html import escape, format_html
from django.utils.safestring import SafeData, SafeString, SafeText


# expect: xss
class TrustedHtml(SafeString):
    """Marks HTML from the CMS as already safe."""


# expect: xss
class LegacyMarkup(safestring.SafeText):
    pass


class Badge:
    def __init__(self, label: str, colour: str):
        self.label = label
        self.colour = colour

    def __html__(self):
        return format_html('<span class="badge badge-{}">{}</span>', self.colour, self.label)

    def __str__(self):
        return self.__html__()


# expect: xss
class RenderedMarkdown(SafeData):
    def __init__(self, source: str):
        self.source = source

    def __html__(self):
        return self.source


class Escaped(str):
    def __html__(self):
        return escape(self)


def user_snippet(text: str):
    # expect: xss
    return TrustedHtml(text)


def legacy_widget(html: str):
    # expect: xss
    Wrapped = type("Wrapped", (SafeText,), {})
    return Wrapped(html)
