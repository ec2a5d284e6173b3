"""Password reset, e-mail verification and OAuth callback links."""
from flask import Flask, abort, current_app, request, url_for

from .mail import send_mail
from .tokens import issue_token

app = Flask(__name__)

ALLOWED_HOSTS = {"app.example.com", "www.example.com"}


@app.route("/password/forgot", methods=["POST"])
def forgot_password():
    token = issue_token(request.form["email"])
    # expect: host-header-injection
    reset_link = "https://" + request.host + url_for("reset_password", token=token)
    send_mail(request.form["email"], "Reset your password", reset_link)
    return "", 204


@app.route("/oauth/start")
def oauth_start():
    host = request.host
    # expect: host-header-injection
    callback = "http://" + host + "/oauth/callback"
    return {"redirect_uri": callback}


@app.route("/email/verify", methods=["POST"])
def send_verification():
    token = issue_token(request.form["email"])
    # expect: host-header-injection
    link = f"https://{request.host}/verify/{token}"
    send_mail(request.form["email"], "Confirm your address", link)
    return "", 204


@app.route("/invites", methods=["POST"])
def invite():
    token = issue_token(request.form["email"])
    # expect: host-header-injection
    confirm = request.host_url + "invite/accept/" + token
    send_mail(request.form["email"], "You are invited", confirm)
    return "", 204


@app.route("/share", methods=["POST"])
def share():
    # expect: host-header-injection
    share_url = "{}://{}/s/{}".format(request.scheme, request.headers["Host"], request.form["doc"])
    send_mail(request.form["to"], "A document was shared with you", share_url)
    return "", 204


@app.route("/password/forgot-v2", methods=["POST"])
def forgot_password_v2():
    token = issue_token(request.form["email"])
    reset_link = current_app.config["PUBLIC_BASE_URL"] + url_for("reset_password", token=token)
    send_mail(request.form["email"], "Reset your password", reset_link)
    return "", 204


@app.route("/email/verify-v2", methods=["POST"])
def send_verification_checked():
    if request.host not in ALLOWED_HOSTS:
        abort(400)
    token = issue_token(request.form["email"])
    send_mail(request.form["email"], "Confirm your address", f"https://{request.host}/verify/{token}")
    return "", 204
