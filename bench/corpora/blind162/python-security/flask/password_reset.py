"""Password reset and e-mail confirmation routes."""
import secrets

from flask import Blueprint, current_app, render_template, request, url_for

from .mail import send_mail
from .models import User, db

bp = Blueprint("reset", __name__)


@bp.route("/forgot", methods=["POST"])
def forgot():
    user = User.query.filter_by(email=request.form.get("email", "")).first()
    if user is not None:
        token = secrets.token_urlsafe(32)
        user.reset_token = token
        db.session.commit()
        # expect: host-header-injection
        link = "https://" + request.host + "/reset/" + token
        send_mail(user.email, "Reset your password", render_template("mail/reset.txt", link=link))
    return render_template("reset/sent.html")


@bp.route("/forgot-v2", methods=["POST"])
def forgot_v2():
    user = User.query.filter_by(email=request.form.get("email", "")).first()
    if user is not None:
        token = secrets.token_urlsafe(32)
        user.reset_token = token
        db.session.commit()
        link = current_app.config["PUBLIC_BASE_URL"] + "/reset/" + token
        send_mail(user.email, "Reset your password", render_template("mail/reset.txt", link=link))
    return render_template("reset/sent.html")


@bp.route("/confirm/resend", methods=["POST"])
def resend_confirmation():
    user = User.query.get_or_404(request.form.get("user_id", type=int))
    host = request.host
    current_app.logger.info("confirmation resend requested via %s", host)
    # expect: host-header-injection
    confirm_url = "https://" + host + url_for("reset.confirm", token=user.confirm_token)
    send_mail(user.email, "Confirm your address", render_template("mail/confirm.txt", url=confirm_url))
    return render_template("reset/sent.html")


@bp.route("/invite", methods=["POST"])
def invite():
    email = request.form.get("email", "")
    code = secrets.token_urlsafe(16)
    # expect: host-header-injection
    invite_url = "http://" + request.host + "/join?code=" + code
    send_mail(email, "You're invited", render_template("mail/invite.txt", url=invite_url))
    return render_template("reset/invited.html")


@bp.route("/confirm/<token>")
def confirm(token):
    user = User.query.filter_by(confirm_token=token).first_or_404()
    user.confirmed = True
    db.session.commit()
    return render_template("reset/confirmed.html", host=request.host)
