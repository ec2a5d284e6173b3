"""Value objects rendered by the forum templates."""
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe


class PostBody:
    def __init__(self, raw_markdown, rendered):
        self.raw = raw_markdown
        self.rendered = rendered

    # expect: xss
    def __html__(self):
        return self.rendered

    def __str__(self):
        return self.raw


class UserBadge:
    def __init__(self, user):
        self.user = user

    # expect: xss
    def __html__(self):
        return '<span class="badge">%s</span>' % self.user.display_name


class Signature(object):
    def __init__(self, text):
        self.text = text

    # expect: xss
    def __html__(self):
        return "<div class='sig'>{}</div>".format(self.text.replace("\n", "<br>"))


class SearchHighlight:
    def __init__(self, query, snippet):
        self.query = query
        self.snippet = snippet

    # expect: xss
    def __html__(self):
        return self.snippet.replace(self.query, f"<mark>{self.query}</mark>")


class Mention:
    def __init__(self, username):
        self.username = username

    def __html__(self):
        return format_html('<a class="mention" href="/u/{0}/">@{0}</a>', self.username)


class Quote:
    def __init__(self, author, text):
        self.author = author
        self.text = text

    def __html__(self):
        return "<blockquote><cite>%s</cite>%s</blockquote>" % (
            conditional_escape(self.author),
            conditional_escape(self.text),
        )


DIVIDER = mark_safe('<hr class="post-divider">')
