"""Account notices and widget pages."""
from flask import Blueprint, render_template, request
import flask

from .models import Notice, current_user

bp = Blueprint("notices", __name__)


@bp.route("/notices/<int:notice_id>")
def show_notice(notice_id):
    notice = Notice.query.get_or_404(notice_id)
    # expect: xss
    return render_template("notices/show.jinja2", notice=notice, user=current_user())


@bp.route("/widgets/<name>")
def widget(name):
    # expect: xss
    return render_template("widgets/" + name + ".j2", params=request.args)


@bp.route("/profile")
def profile():
    # expect: xss
    return flask.render_template("profile/%s.tpl" % current_user().theme, bio=current_user().bio)


@bp.route("/search")
def search():
    layout = request.args.get("layout", "list")
    # expect: xss
    return render_template("search/{}.jinja".format(layout), query=request.args.get("q", ""))


@bp.route("/notices")
def list_notices():
    return render_template("notices/list.html", notices=Notice.query.all())


@bp.route("/sitemap.xml")
def sitemap():
    return render_template("sitemap.xml", notices=Notice.query.all())


def notice_email_body(notice):
    return render_template("emails/notice.txt", notice=notice)


def render_named(template_name, **context):
    return render_template(template_name, **context)
