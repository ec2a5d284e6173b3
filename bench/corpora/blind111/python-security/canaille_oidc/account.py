"""Login, profile and password views (Flask blueprint)."""
from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from markupsafe import Markup, escape

from .backends.ldap import User

bp = Blueprint("account", __name__)


@bp.route("/login", methods=("GET", "POST"))
def login():
    login = request.form.get("login", "")
    user = User.get(login=login)
    if user is None:
        flash(Markup("No account named <b>{}</b>").format(login), "error")
        return render_template("login.html")
    session["attempt_login"] = login
    return redirect(url_for("account.password"))


@bp.route("/forgotten", methods=("POST",))
def forgotten():
    mail = request.form["mail"]
    user = User.get_by_mail(mail)
    if not user:
        # expect: xss
        flash(Markup(f"A password reset link has been sent to <b>{mail}</b> if it exists."), "success")
    return redirect(url_for("account.login"))


@bp.route("/profile/<username>")
def profile(username):
    user = User.get(login=username)
    name = escape(user.attrs.get("cn", [b""])[0].decode()) if user else ""
    return Markup("<h2>%s</h2>") % name
