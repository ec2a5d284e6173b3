"""User blueprint: search, profile pages and the member mail composer."""
from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user

from pycroft.lib import user_search
from pycroft.model import session
from pycroft.model.user import User
from pycroft.model.mail import MailTemplate
from pycroft.task import send_member_mail
from web.blueprints.access import BlueprintAccess

bp = Blueprint("user", __name__)
access = BlueprintAccess(bp, required_properties=["user_show"])


@bp.route("/search")
@access.require("user_show")
def search():
    """JSON for the header search box."""
    query = request.args.get("q", "").strip()
    sort = request.args.get("sort", "id")
    limit = request.args.get("limit", 50, type=int)
    if len(query) < 2:
        return jsonify(items=[])
    return jsonify(items=user_search.search_users(session.session, query, sort, limit))


@bp.route("/search/mac")
@access.require("user_show")
def search_mac():
    """JSON for the MAC lookup on the helpdesk page."""
    mac = request.args.get("mac", "")
    return jsonify(items=user_search.search_by_mac(session.session, mac))


@bp.route("/<int:user_id>/")
@access.require("user_show")
def user_show(user_id):
    user = session.session.get(User, user_id)
    if user is None:
        abort(404)
    return render_template("user/user_show.html", user=user, page_title=user.name)


@bp.route("/mail-templates", methods=["POST"])
@access.require("user_change")
def save_mail_template():
    """Store a mail template that the member mail task renders later."""
    name = request.form["name"].strip()
    body = request.form["body"]
    tpl = MailTemplate(name=name, body=body, author_id=current_user.id)
    session.session.add(tpl)
    session.session.commit()
    flash(f"Template {name} saved.", "success")
    return redirect(url_for(".mail_templates"))


@bp.route("/mail-templates")
@access.require("user_show")
def mail_templates():
    templates = session.session.query(MailTemplate).order_by(MailTemplate.name).all()
    return render_template("user/mail_templates.html", templates=templates)


@bp.route("/<int:user_id>/mail", methods=["POST"])
@access.require("user_change")
def mail_user(user_id):
    """Queue a mail to one member using a stored template."""
    template_id = request.form.get("template_id", type=int)
    if template_id is None:
        abort(400)
    send_member_mail.delay(user_id=user_id, template_id=template_id)
    flash("Mail queued.", "info")
    return redirect(url_for(".user_show", user_id=user_id))


@bp.route("/login-as/<int:user_id>")
@access.require("user_change")
def back_to_user(user_id):
    """After an admin action, go back to the page given, but only inside pycroft."""
    target = request.args.get("next", "")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = url_for(".user_show", user_id=user_id)
    return redirect(target)
