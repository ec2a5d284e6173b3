"""Small HTML widgets and template filters for the forum."""
import flask
import markupsafe
from flask import Flask
from markupsafe import Markup, escape

app = Flask(__name__)

STATUS_LABELS = {"open": "Open", "closed": "Closed"}


def user_badge(user):
    # expect: xss
    return Markup(f"<span class='badge'>{user.nickname}</span>")


def quote_block(comment):
    # expect: xss
    return flask.Markup("<blockquote><b>%s</b> wrote:<br>%s</blockquote>" % (comment.author, comment.text))


def render_bio(profile):
    bio_html = profile.bio_html or ""
    # expect: xss
    safe_bio = markupsafe.Markup(bio_html)
    return flask.render_template("profile.html", profile=profile, bio=safe_bio)


@app.template_filter("decode_entities")
def decode_entities(value):
    # expect: xss
    return Markup(value).unescape()


def localized_labels(rows):
    # expect: xss
    return {row.key: Markup(row.html_label) for row in rows}


def author_link(name):
    return Markup("<strong>{}</strong>").format(name)


def line_breaks(text):
    return Markup("<br>").join(escape(line) for line in text.splitlines())


def status_label(status):
    return escape(STATUS_LABELS.get(status, status))
