"""Login, logout and the post-login redirect."""
from urllib.parse import urlparse

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_login import login_user, logout_user

from .models import User

bp = Blueprint("auth", __name__)


def _is_local(target):
    parts = urlparse(target)
    return not parts.netloc and not parts.scheme and target.startswith("/")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("auth/login.html", next=request.args.get("next", ""))
    user = User.authenticate(request.form["email"], request.form["password"])
    if user is None:
        flash("Wrong email or password")
        return redirect(url_for("auth.login"))
    login_user(user, remember=bool(request.form.get("remember")))
    target = request.form.get("next") or ""
    if _is_local(target):
        return redirect(target)
    return redirect(url_for("dashboard.index"))


@bp.route("/logout")
def logout():
    logout_user()
    session.clear()
    # expect: open-redirect
    return redirect(request.args.get("return_to", url_for("auth.login")))


@bp.route("/sso/callback")
def sso_callback():
    user = User.from_sso_assertion(request.args["assertion"])
    login_user(user)
    relay = request.args.get("RelayState", "/")
    # expect: open-redirect
    return redirect(relay)


@bp.route("/switch-locale/<code>")
def switch_locale(code):
    session["locale"] = code
    return redirect(request.referrer or url_for("dashboard.index"))


@bp.route("/help")
def help_redirect():
    return redirect("https://help.example.com/")
