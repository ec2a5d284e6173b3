# library: django (django.utils.safestring)
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


# expect: xss
class BadgeHtml(SafeString):
    """A chunk of badge markup that templates print without escaping."""


class CommentBody(str):
    """Plain text; templates escape it like any other string."""


def render_badge(user):
    label = escape(user.display_name)
    return BadgeHtml(f'<span class="badge">{label}</span>')


def render_comment(comment):
    return CommentBody(comment.text)


def render_signature(user):
    return format_html('<em class="sig">{}</em>', user.signature)


def render_divider():
    return mark_safe('<hr class="divider">')
