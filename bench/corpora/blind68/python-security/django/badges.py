"""Small objects the profile templates render directly ({{ user.badge }})."""
from dataclasses import dataclass

from django.db import models
from django.utils.html import conditional_escape, format_html


class Badge:
    def __init__(self, label, colour="grey"):
        self.label = label
        self.colour = colour

    # expect: xss
    def __html__(self):
        return f'<span class="badge badge-{self.colour}">{self.label}</span>'

    def __str__(self):
        return self.label


@dataclass
class Mention:
    username: str
    display_name: str

    # expect: xss
    def __html__(self):
        return '<a href="/u/%s">@%s</a>' % (self.username, self.display_name)


class Signature(models.Model):
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    body = models.TextField(blank=True)

    # expect: xss
    def __html__(self):
        return "<div class='sig'>{}</div>".format(self.body.replace("\n", "<br>"))


class StatusPill:
    template = "<em class='pill'>{text}</em>"

    def __init__(self, text):
        self.text = text

    # expect: xss
    def __html__(self) -> str:
        return self.template.format(text=self.text)


class SafeBadge:
    def __init__(self, label, colour="grey"):
        self.label = label
        self.colour = colour

    def __html__(self):
        return format_html('<span class="badge badge-{}">{}</span>', self.colour, self.label)


class SafeMention:
    def __init__(self, username):
        self.username = username

    def __html__(self):
        return "<b>@" + str(conditional_escape(self.username)) + "</b>"


class PlainLabel:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text
