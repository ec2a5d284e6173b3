import logging

from flask import Blueprint, abort, current_app, redirect, render_template, request, session, url_for

from ..directory import check_password, find_user, find_user_escaped
from .decorators import login_required
from .urls import is_safe_redirect, next_from_request

bp = Blueprint("auth", __name__)
log = logging.getLogger("sso.auth")


@bp.get("/login")
def login():
    return render_template("login.html", next=next_from_request())


@bp.post("/login")
def login_submit():
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    if request.form.get("legacy") == "1":
        entry = find_user(username)
    else:
        entry = find_user_escaped(username)
    if entry is None or not password or not check_password(entry[0], password):
        return render_template("login.html", error="Invalid username or password"), 401
    session.clear()
    session["uid"] = username
    target = next_from_request(default="")
    if not target:
        target = url_for(session.pop("after_login", "auth.profile"))
    # expect: open-redirect
    return redirect(target)


@bp.post("/login/checked")
def login_submit_checked():
    username = request.form.get("username", "")
    entry = find_user_escaped(username)
    if entry is None or not check_password(entry[0], request.form.get("password", "")):
        return render_template("login.html", error="Invalid username or password"), 401
    session["uid"] = username
    target = next_from_request()
    if not is_safe_redirect(target):
        target = url_for("auth.profile")
    return redirect(target)


@bp.get("/profile")
@login_required
def profile():
    return render_template("profile.html", uid=session["uid"])


@bp.get("/logout")
def logout():
    return_to = request.args.get("return_to", "/")
    session.clear()
    if return_to.startswith("/") and not return_to.startswith("//") and "\\" not in return_to:
        return redirect(return_to)
    return redirect(url_for("auth.login"))


@bp.get("/logout/everywhere")
def logout_everywhere():
    session.clear()
    destination = request.args.get("return_to")
    if destination is None:
        destination = current_app.config["PUBLIC_BASE_URL"]
    # expect: open-redirect
    return redirect(destination, code=302)


@bp.get("/switch-account")
def switch_account():
    hint = request.args.get("login_hint", "")
    if not hint:
        abort(400)
    # expect: trust-boundary
    session["uid"] = hint
    return redirect(url_for("auth.profile"))
