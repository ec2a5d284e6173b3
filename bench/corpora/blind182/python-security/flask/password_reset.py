"""Password reset and e-mail confirmation links."""
import secrets

import flask
from flask import Blueprint, current_app, jsonify, request, url_for
from flask_login import current_user, login_required

from .mail import send_mail
from .models import User, db

app = flask.Flask(__name__)
bp = Blueprint("accounts", __name__)


@app.route("/password/forgot", methods=["POST"])
def forgot_password():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user is None:
        return jsonify(ok=True)
    user.reset_token = secrets.token_urlsafe(32)
    db.session.commit()
    # expect: host-header-injection
    link = "https://" + flask.request.host + "/password/reset/" + user.reset_token
    send_mail(user.email, "Reset your password", f"Open {link} to choose a new password.")
    return jsonify(ok=True)


@app.route("/email/confirm/send", methods=["POST"])
@login_required
def send_confirmation():
    user = current_user
    token = secrets.token_urlsafe(24)
    user.confirm_token = token
    db.session.commit()
    host = flask.request.host
    # expect: host-header-injection
    confirm = "https://" + host + "/email/confirm/" + token
    send_mail(user.email, "Confirm your address", confirm)
    return jsonify(ok=True)


@app.route("/invite", methods=["POST"])
def invite():
    token = secrets.token_urlsafe(24)
    base = current_app.config["PUBLIC_BASE_URL"]
    link = base + "/join/" + token
    send_mail(request.form["email"], "You're invited", link)
    return jsonify(ok=True)


@app.route("/magic-link", methods=["POST"])
def magic_link():
    user = User.query.filter_by(email=request.form["email"]).first_or_404()
    user.login_token = secrets.token_urlsafe(32)
    db.session.commit()
    link = current_app.config["PUBLIC_BASE_URL"] + url_for("accounts.magic_login", token=user.login_token)
    send_mail(user.email, "Your sign-in link", link)
    return jsonify(ok=True)


@app.route("/whoami")
def whoami():
    # shown on the debug footer of the help page only, not used to build links
    served_by = "https://" + flask.request.host
    return jsonify(host=served_by, path=request.path)
