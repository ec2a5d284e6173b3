"""Helpers that turn forum posts into HTML for templates."""
import bleach
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = ["a", "b", "i", "em", "strong", "code", "pre", "ul", "ol", "li", "p", "br"]
ALLOWED_ATTRS = {"a": ["href", "title"]}


# expect: xss
class PostBody(SafeString):
    """A post body that templates print without escaping."""

    @classmethod
    def from_post(cls, post):
        return cls(post.body.replace("\n", "<br>"))


# expect: xss
class Signature(SafeString):
    def __new__(cls, user):
        return super().__new__(cls, f"<div class='sig'>{user.profile.signature}</div>")


def cleaned_body(post) -> SafeString:
    html = bleach.clean(post.body, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS, strip=True)
    return mark_safe(bleach.linkify(html))


def author_line(post) -> str:
    return format_html("<span class='author'>{}</span> &middot; {}", post.author.username, post.created_at.date())


def tag_list(post) -> str:
    return format_html_join(", ", "<a href='/tags/{}'>{}</a>", ((t.slug, t.name) for t in post.tags.all()))


def is_prerendered(value) -> bool:
    return isinstance(value, SafeString)


def quote_block(post) -> str:
    return format_html("<blockquote>{}</blockquote>", escape(post.body[:300]))


DIVIDER = mark_safe("<hr class='post-divider'>")
