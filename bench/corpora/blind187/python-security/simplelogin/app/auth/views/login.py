"""Login, logout and the OAuth "next" handling of the dashboard."""
from urllib.parse import urlparse

from flask import flash, g, redirect, render_template, request, url_for
from flask_login import current_user, login_user, logout_user

from app.auth.base import auth_bp
from app.config import URL
from app.events.auth_event import LoginEvent
from app.log import LOG
from app.models import User
from app.utils import sanitize_email


def sanitize_next_url(url):
    """Keep a relative path on this site; anything else becomes None."""
    if not url:
        return None
    if url.startswith("//") or url.startswith("/\\"):
        return None
    parsed = urlparse(url)
    if parsed.scheme or parsed.netloc:
        return None
    if not url.startswith("/"):
        return None
    return url


@auth_bp.route("/login", methods=["GET", "POST"])
def login():
    next_url = sanitize_next_url(request.args.get("next"))
    if current_user.is_authenticated:
        if next_url:
            return redirect(next_url)
        return redirect(url_for("dashboard.index"))

    if request.method == "POST":
        email = sanitize_email(request.form.get("email", ""))
        password = request.form.get("password", "")
        user = User.get_by(email=email)
        if not user or not user.check_password(password):
            LoginEvent(LoginEvent.ActionType.failed).send()
            flash("Email or password incorrect", "error")
            return render_template("auth/login.html", next_url=next_url)
        login_user(user)
        LoginEvent(LoginEvent.ActionType.success).send()
        if next_url:
            return redirect(next_url)
        return redirect(url_for("dashboard.index"))

    return render_template("auth/login.html", next_url=next_url)


@auth_bp.route("/logout")
def logout():
    logout_user()
    return redirect(url_for("auth.login"))


@auth_bp.route("/social/finish")
def social_finish():
    """Back from Google/GitHub/Facebook: the provider echoes our redirect target."""
    LOG.d("social login finished for %s", g.get("provider"))
    target = request.args.get("redirect_to") or URL
    # expect: open-redirect
    return redirect(target)


@auth_bp.route("/change_email_done")
def change_email_done():
    back = sanitize_next_url(request.args.get("back")) or url_for("dashboard.setting")
    return redirect(back)
