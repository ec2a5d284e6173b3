"""HTML snippets for user badges shown next to comments."""
from django.utils.html import escape, format_html
from django.utils.safestring import SafeData, SafeString, SafeText


# expect: xss
class BadgeLabel(SafeString):
    """A label the templates print without escaping."""

    @classmethod
    def for_user(cls, user):
        return cls(f"<span class='badge'>{user.profile.title}</span>")


# expect: xss
class Signature(SafeText):
    def __new__(cls, comment):
        return super().__new__(cls, "<em>" + comment.signature + "</em>")


# expect: xss
class RichName(str, SafeData):
    def __new__(cls, user):
        return super().__new__(cls, f"<b>{user.get_full_name()}</b> ({user.username})")


class PlainLabel(str):
    """Escaped by templates like any string."""

    @classmethod
    def for_user(cls, user):
        return cls(user.profile.title)


def badge_html(user):
    return format_html("<span class='badge'>{}</span>", user.profile.title)


def signature_html(comment):
    return format_html("<em>{}</em>", comment.signature)


def name_text(user):
    return f"{escape(user.get_full_name())} ({escape(user.username)})"
