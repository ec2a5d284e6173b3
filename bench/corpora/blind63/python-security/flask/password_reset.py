"""Password reset and e-mail verification links."""
from flask import Blueprint, current_app, request
from flask import request as req
from flask_mail import Message

from .extensions import mail
from .models import User
from .tokens import make_token

bp = Blueprint("reset", __name__)


@bp.route("/password/forgot", methods=["POST"])
def forgot():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user:
        token = make_token(user.id, "reset")
        # expect: host-header-injection
        link = "https://" + request.host + "/password/reset/" + token
        mail.send(Message("Reset your password", recipients=[user.email], body=f"Reset it here: {link}"))
    return {"status": "sent"}


@bp.route("/email/verify/send", methods=["POST"])
def send_verification():
    user = User.query.get_or_404(request.json["user_id"])
    host = req.host
    # expect: host-header-injection
    verify_url = "http://" + host + "/email/verify?token=" + make_token(user.id, "verify")
    mail.send(Message("Confirm your e-mail", recipients=[user.email], body=verify_url))
    return {"status": "sent"}


@bp.route("/invite", methods=["POST"])
def invite():
    email = request.form["email"]
    # expect: host-header-injection
    accept = f"https://{request.host}/invite/accept/{make_token(email, 'invite')}"
    mail.send(Message("You're invited", recipients=[email], body=accept))
    return {"status": "sent"}


@bp.route("/magic-link", methods=["POST"])
def magic_link():
    user = User.query.filter_by(email=request.form["email"]).first_or_404()
    origin = request.headers.get("Host")
    # expect: host-header-injection
    login_url = "https://%s/login/magic/%s" % (origin, make_token(user.id, "login"))
    mail.send(Message("Your sign-in link", recipients=[user.email], body=login_url))
    return {"status": "sent"}


@bp.route("/password/forgot/v2", methods=["POST"])
def forgot_v2():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user:
        base = current_app.config["PUBLIC_BASE_URL"]
        link = base + "/password/reset/" + make_token(user.id, "reset")
        mail.send(Message("Reset your password", recipients=[user.email], body=link))
    current_app.logger.info("reset requested via host %s", request.host)
    return {"status": "sent"}
