"""HTML helpers for the profile and forum pages."""
import logging

from django.utils.html import escape, format_html
from django.utils.safestring import SafeData, SafeString, SafeText, mark_safe

log = logging.getLogger(__name__)


# expect: xss
class UserBadge(SafeString):
    """Badge text as typed by the user, rendered without escaping."""

    @classmethod
    def for_user(cls, user):
        return cls(f'<span class="badge">{user.profile.badge}</span>')


# expect: xss
class ForumSignature(SafeText):
    def __new__(cls, signature):
        return super().__new__(cls, signature.replace("\n", "<br>"))


# expect: xss
class RawSnippet(SafeData):
    def __init__(self, html):
        self.html = html

    def __html__(self):
        return self.html

    def __str__(self):
        return self.html


class Badge:
    def __init__(self, text):
        self.text = text

    def __html__(self):
        return format_html('<span class="badge">{}</span>', self.text)


def signature_html(signature):
    return mark_safe("<br>".join(escape(line) for line in signature.splitlines()))


def icon(name):
    log.debug("icon %s", name)
    return format_html('<i class="icon icon-{}"></i>', name)
