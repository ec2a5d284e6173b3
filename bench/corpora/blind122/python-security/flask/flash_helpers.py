"""Flash messages and small HTML fragments used by the Flask views (Flask 2.2)."""
import flask
from flask import flash, url_for
from markupsafe import Markup, escape

import markupsafe


def flash_welcome(user):
    # expect: xss
    flash(Markup(f"Welcome back, <strong>{user.display_name}</strong>!"), "success")


def flash_saved(item):
    link = url_for("items.show", item_id=item.id)
    flash(Markup('Saved. <a href="{}">{}</a>').format(link, item.name), "success")


def comment_html(comment):
    # expect: xss
    return markupsafe.Markup(comment.body.replace("\n", "<br>"))


def notice_text(notice):
    # expect: xss
    return flask.Markup("<div class='notice'>%s</div>" % notice.text)


def footer():
    return Markup("<small>&copy; Example Ltd</small>")


def safe_comment_html(comment):
    return Markup("<br>").join(escape(line) for line in comment.body.splitlines())


def tag_list(tags):
    return Markup(", ").join(Markup('<span class="tag">{}</span>').format(t) for t in tags)
