"""Login and logout for the partner portal."""
from urllib.parse import urlparse

import flask
from flask import redirect, request, url_for

from .auth import check_credentials, login_user, logout_user

bp = flask.Blueprint("auth", __name__)


@bp.route("/login", methods=["POST"])
def login():
    user = check_credentials(request.form["email"], request.form["password"])
    if user is None:
        return redirect(url_for("auth.login_form"))
    login_user(user)
    # expect: open-redirect
    return redirect(request.args.get("next", "/"))


@bp.route("/logout")
def logout():
    logout_user()
    target = request.args["return_to"]
    # expect: open-redirect
    return redirect(target)


@bp.route("/switch-language")
def switch_language():
    flask.session["lang"] = request.args.get("lang", "en")
    # expect: open-redirect
    return redirect(request.referrer or url_for("home"))


@bp.route("/continue")
def continue_to():
    target = request.args.get("next", "")
    parts = urlparse(target)
    if parts.netloc or parts.scheme:
        return redirect(url_for("home"))
    return redirect(target or url_for("home"))


@bp.route("/account")
def account():
    return redirect(url_for("profile.show", tab=request.args.get("tab", "general")))
