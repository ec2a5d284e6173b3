# library: flask (redirects after login)
from urllib.parse import urljoin, urlparse

from flask import Blueprint, redirect, request, session, url_for

bp = Blueprint("auth", __name__)


def _next_target(default: str) -> str:
    target = request.args.get("next") or request.form.get("next")
    if not target:
        target = default
    return target


def _is_local(target: str) -> bool:
    ref = urlparse(request.host_url)
    test = urlparse(urljoin(request.host_url, target))
    return test.scheme in ("http", "https") and ref.netloc == test.netloc


@bp.post("/login")
def login():
    session["uid"] = request.form["uid"]
    dest = _next_target("/")
    # expect: open-redirect
    return redirect(dest)


@bp.post("/login/v2")
def login_safe():
    session["uid"] = request.form["uid"]
    dest = _next_target("/")
    if not _is_local(dest):
        dest = url_for("home.index")
    return redirect(dest)


@bp.get("/logout")
def logout():
    session.clear()
    return redirect(url_for("auth.login_page"))
