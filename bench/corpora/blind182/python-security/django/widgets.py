"""Objects that render themselves in templates."""
from django.utils.html import format_html


class StatusPill:
    COLOURS = {"open": "green", "closed": "grey", "blocked": "red"}

    def __init__(self, status):
        self.status = status

    def __html__(self):
        return format_html('<span class="pill pill-{}">{}</span>', self.COLOURS.get(self.status, "grey"), self.status)

    def __str__(self):
        return self.status


class UserMention:
    def __init__(self, user):
        self.user = user

    # expect: xss
    def __html__(self):
        return f'<a class="mention" href="/u/{self.user.username}">@{self.user.display_name}</a>'


class TicketTitle:
    def __init__(self, ticket):
        self.ticket = ticket

    # expect: xss
    def __html__(self):
        return "<strong>#%d</strong> %s" % (self.ticket.number, self.ticket.title)

    def __str__(self):
        return f"#{self.ticket.number} {self.ticket.title}"


class Progress:
    def __init__(self, done, total):
        self.done = int(done)
        self.total = max(int(total), 1)

    def __html__(self):
        pct = round(100 * self.done / self.total)
        return format_html('<progress value="{}" max="100">{}%</progress>', pct, pct)


class Divider:
    def __html__(self):
        return '<hr class="section">'
