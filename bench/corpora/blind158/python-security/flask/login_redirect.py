"""Login and logout views."""
import logging
from urllib.parse import urljoin, urlparse

from flask import Blueprint, redirect, render_template, request, session, url_for

from .auth import check_credentials

log = logging.getLogger(__name__)
bp = Blueprint("auth", __name__)


def is_safe_url(target):
    ref = urlparse(request.host_url)
    test = urlparse(urljoin(request.host_url, target))
    return test.scheme in ("http", "https") and ref.netloc == test.netloc


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html", next=request.args.get("next", ""))
    user = check_credentials(request.form["email"], request.form["password"])
    if user is None:
        return render_template("login.html", error="Invalid credentials"), 401
    session["user_id"] = user.id
    # expect: open-redirect
    return redirect(request.args.get("next") or url_for("main.dashboard"))


@bp.route("/login/sso/callback")
def sso_callback():
    session["user_id"] = request.args["uid"]
    target = request.args.get("next", "/")
    if not is_safe_url(target):
        target = url_for("main.dashboard")
    return redirect(target)


@bp.route("/logout")
def logout():
    session.clear()
    # expect: open-redirect
    return redirect(request.args.get("return_to", "/"))


@bp.route("/switch-locale/<code>")
def switch_locale(code):
    session["locale"] = code if code in ("en", "de") else "en"
    return redirect(url_for("main.index"))


@bp.route("/go")
def outbound():
    url = request.values.get("url", "")
    log.info("outbound click to %s", url)
    # expect: open-redirect
    return redirect(url, code=302)
