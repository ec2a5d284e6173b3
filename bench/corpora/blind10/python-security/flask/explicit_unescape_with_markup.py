# library: markupsafe / Flask (Markup)
"""Template helpers for profile pages."""
from flask import Flask
from markupsafe import Markup, escape

app = Flask(__name__)


@app.template_filter("bio")
def bio_filter(profile):
    # expect: xss
    return Markup(profile.bio_html)


@app.template_filter("badge")
def badge_filter(label):
    return Markup('<span class="badge">{}</span>').format(label)


@app.template_filter("signature")
def signature_filter(user):
    # expect: xss
    return Markup("<em>" + user.signature + "</em>")


@app.template_filter("nl2br")
def nl2br(text):
    return Markup("<br>").join(escape(text).split("\n"))


def render_motto(user):
    # expect: xss
    return Markup(f"<blockquote>{user.motto}</blockquote>")


def render_icon():
    return Markup('<svg class="icon"><use href="#star"></use></svg>')
