"""Template helpers for profile pages."""
import flask
import markupsafe
from flask import Blueprint
from markupsafe import Markup, escape

bp = Blueprint("profile", __name__)

ICON_STAR = Markup('<svg class="icon"><use href="#star"/></svg>')


@bp.app_template_filter("bio")
def render_bio(user):
    # expect: xss
    return Markup(user.bio_html)


@bp.app_template_global()
def signature(user):
    # expect: xss
    return markupsafe.Markup("<em>%s</em>" % user.signature)


def flash_welcome(user):
    # expect: xss
    flask.flash(flask.Markup(f"Welcome back, <b>{user.display_name}</b>!"))


def safe_greeting(user):
    return Markup("Hello, <b>{}</b>").format(user.display_name)


def safe_badge(user):
    return Markup('<span class="badge">') + escape(user.role) + Markup("</span>")


def star_icon():
    return ICON_STAR
