"""Login/logout views of the account blueprint."""
from urllib.parse import urljoin, urlparse

import flask
from flask import Blueprint, request, url_for
from flask import redirect as flask_redirect
from flask_login import login_user, logout_user

from .forms import LoginForm
from .models import User

bp = Blueprint("auth", __name__, url_prefix="/auth")


def is_safe_url(target):
    host_url = urlparse(request.host_url)
    test_url = urlparse(urljoin(request.host_url, target))
    return test_url.scheme in ("http", "https") and host_url.netloc == test_url.netloc


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        user = User.query.filter_by(email=form.email.data).first()
        if user and user.check_password(form.password.data):
            login_user(user, remember=form.remember.data)
            # expect: open-redirect
            return flask_redirect(request.args.get("next") or url_for("main.index"))
    return flask.render_template("auth/login.html", form=form)


@bp.route("/logout")
def logout():
    logout_user()
    target = request.values.get("return_to", "/")
    # expect: open-redirect
    return flask_redirect(target)


@bp.route("/switch-language", methods=["POST"])
def switch_language():
    flask.session["lang"] = request.form["lang"]
    # expect: open-redirect
    return flask.redirect(flask.request.referrer or "/", code=303)


@bp.route("/sso/callback")
def sso_callback():
    state = request.args["state"]
    dest = flask.session.pop(f"sso:{state}", None) or request.args["RelayState"]
    # expect: open-redirect
    return flask.redirect(dest)


@bp.route("/continue")
def continue_to():
    target = request.args.get("next", "")
    if not is_safe_url(target):
        flask.abort(400)
    return flask_redirect(target)


@bp.route("/home")
def home():
    return flask_redirect(url_for("main.index"))


@bp.route("/docs/<path:page>")
def docs(page):
    return flask.redirect(url_for("static", filename=f"docs/{page}"))
