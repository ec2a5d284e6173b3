"""Login and logout, with an optional LDAP backend."""
from urllib.parse import urljoin, urlparse

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext
from flask_login import login_user, logout_user

from newspipe.controllers import UserController
from newspipe.web.forms import SigninForm

session_bp = Blueprint("session", __name__)


def is_safe_url(target):
    ref_url = urlparse(request.host_url)
    test_url = urlparse(urljoin(request.host_url, target))
    return test_url.scheme in ("http", "https") and ref_url.netloc == test_url.netloc


@session_bp.route("/login", methods=["GET", "POST"])
def login():
    form = SigninForm()
    if not form.validate_on_submit():
        return render_template("login.html", form=form)
    user = UserController().get(nickname=form.nickmane.data)
    login_user(user)
    next_page = request.args.get("next")
    if next_page and is_safe_url(next_page):
        return redirect(next_page)
    return redirect(url_for("home"))


@session_bp.route("/login/ldap", methods=["POST"])
def login_ldap():
    form = SigninForm()
    if not form.validate_on_submit():
        flash(gettext("Invalid credentials."), "danger")
        return redirect(url_for("session.login"))
    login_user(UserController().get(nickname=form.nickmane.data))
    # expect: open-redirect
    return redirect(request.form.get("next") or url_for("home"))


@session_bp.route("/logout")
def logout():
    logout_user()
    return redirect(url_for("session.login"))
