"""Small presentational objects rendered straight into dashboard templates."""
from dataclasses import dataclass

from django.utils import html
from django.utils.html import escape, format_html, html_safe


# expect: xss
@html_safe
class UserChip:
    """A name chip; the template writes ``{{ chip }}``."""

    def __init__(self, user):
        self.user = user

    def __str__(self):
        return '<span class="chip">%s</span>' % self.user.get_full_name()


# expect: xss
@html.html_safe
class CommentPreview:
    def __init__(self, comment):
        self.comment = comment

    def __str__(self):
        return f"<blockquote>{self.comment.body[:140]}</blockquote>"


class StatusBadge:
    """Look-alike: builds its markup with format_html, which escapes."""

    def __init__(self, label, level):
        self.label = label
        self.level = level

    def __html__(self):
        return format_html('<span class="badge badge-{}">{}</span>', self.level, self.label)

    def __str__(self):
        return self.__html__()


@dataclass
class Breadcrumb:
    title: str
    url: str

    def __str__(self):
        return "<a href='%s'>%s</a>" % (escape(self.url), escape(self.title))


class TagLink:
    def __init__(self, tag):
        self.tag = tag

    def __str__(self):
        return '<a class="tag" href="/tags/%s/">#%s</a>' % (self.tag.slug, self.tag.name)


# expect: xss
TagLink = html_safe(TagLink)


def render_badges(items):
    return format_html("<div>{}</div>", ", ".join(str(i) for i in items))
