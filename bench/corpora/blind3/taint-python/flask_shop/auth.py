"""Login and logout flows."""

from __future__ import annotations

import logging
from urllib.parse import urlparse

from flask import Blueprint, make_response, redirect, request, session, url_for

bp = Blueprint("auth", __name__)
log = logging.getLogger(__name__)


def _next_url() -> str:
    return request.args.get("next") or request.form.get("next") or "/"


def _is_local(url: str) -> bool:
    parts = urlparse(url)
    return not parts.scheme and not parts.netloc and url.startswith("/")


@bp.post("/login")
def login():
    session["user"] = request.form["user"]
    target = _next_url()
    # expect: open-redirect
    return redirect(target)


@bp.post("/login-safe")
def login_safe():
    session["user"] = request.form["user"]
    target = _next_url()
    if not _is_local(target):
        target = url_for("index")
    return redirect(target)


@bp.get("/logout")
def logout():
    session.clear()
    return redirect(url_for("auth.login"))


@bp.get("/sso/callback")
def sso_callback():
    state = request.args.get("state", "")
    _, _, return_to = state.partition("|")
    resp = make_response("", 302)
    # expect: open-redirect
    resp.headers["Location"] = return_to
    return resp


@bp.get("/hello")
def hello():
    name = request.args.get("name", "")
    # expect: xss
    return "<p>Welcome back, %s!</p>" % name


@bp.get("/whoami")
def whoami():
    user = session.get("user", "anonymous")
    log.info("whoami for %s", user)
    return {"user": user}
