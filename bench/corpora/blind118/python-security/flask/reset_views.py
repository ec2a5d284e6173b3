"""Password reset, invitations and OAuth callback links (Flask)."""
from flask import Flask, current_app, flash, redirect, render_template, request, url_for

from .mail import send_mail
from .models import Invite, User, db
from .tokens import make_reset_token

app = Flask(__name__)
app.config.from_prefixed_env()


@app.route("/forgot", methods=["GET", "POST"])
def forgot_password():
    if request.method == "GET":
        return render_template("forgot.html")
    user = User.query.filter_by(email=request.form["email"]).first()
    if user is not None:
        token = make_reset_token(user)
        # expect: host-header-injection
        reset_link = "https://" + request.host + "/reset/" + token
        send_mail(user.email, "Reset your password", render_template("mail/reset.txt", link=reset_link))
    flash("If that address is registered, a reset link is on its way.")
    return redirect(url_for("login"))


@app.route("/invite", methods=["POST"])
def invite():
    invite = Invite.create(email=request.form["email"], team_id=int(request.form["team_id"]))
    db.session.commit()
    base = current_app.config["PUBLIC_BASE_URL"]
    link = base + url_for("accept_invite", code=invite.code)
    send_mail(invite.email, "You're invited", render_template("mail/invite.txt", link=link))
    return redirect(url_for("team_members"))


@app.route("/verify/resend", methods=["POST"])
def resend_verification():
    user = User.query.get_or_404(int(request.form["user_id"]))
    host = request.host
    # expect: host-header-injection
    verify_url = "http://" + host + url_for("verify_email", token=user.verification_token)
    send_mail(user.email, "Confirm your address", verify_url)
    return "", 204


@app.route("/connect/github")
def connect_github():
    # expect: host-header-injection
    callback = "https://" + request.host + "/connect/github/callback"
    return redirect(current_app.config["GITHUB_AUTHORIZE_URL"] + "?redirect_uri=" + callback)


@app.route("/magic-link", methods=["POST"])
def magic_link():
    user = User.query.filter_by(email=request.form["email"]).first_or_404()
    link = url_for("magic_login", token=make_reset_token(user), _external=True)
    send_mail(user.email, "Your sign-in link", link)
    return "", 204


@app.route("/health")
def health():
    return {"host": request.host, "ok": True}
