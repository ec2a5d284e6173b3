"""Login, logout and the OAuth return leg."""
import requests
from flask import Blueprint, current_app, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash

from flagboard.models import Users
from flagboard.utils.decorators import is_safe_url

auth = Blueprint("auth", __name__)

TOKEN_ENDPOINT = "https://auth.majorleaguecyber.org/oauth/token"
USER_ENDPOINT = "https://api.majorleaguecyber.org/user"


def exchange_code(code, state):
    if not code or state != session.get("nonce"):
        return None
    token = requests.post(
        TOKEN_ENDPOINT,
        data={
            "code": code,
            "client_id": current_app.config.get("OAUTH_CLIENT_ID"),
            "client_secret": current_app.config.get("OAUTH_CLIENT_SECRET"),
            "grant_type": "authorization_code",
        },
        timeout=10,
    ).json()["access_token"]
    info = requests.get(USER_ENDPOINT, headers={"Authorization": "Bearer " + token}, timeout=10).json()
    return Users.query.filter_by(email=info.get("email")).first()


@auth.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        next_url = request.args.get("next", "")
        if next_url:
            # expect: trust-boundary
            session["next"] = next_url
        return render_template("login.html")

    name = request.form.get("name", "")
    user = Users.query.filter((Users.name == name) | (Users.email == name)).first()
    if user is None or not check_password_hash(user.password, request.form.get("password", "")):
        return render_template("login.html", errors=["Your username or password is incorrect"]), 403

    session["id"] = user.id
    next_url = request.form.get("next")
    if next_url and is_safe_url(next_url):
        return redirect(next_url)
    return redirect(url_for("challenges.listing"))


@auth.route("/oauth/callback")
def oauth_callback():
    user = exchange_code(request.args.get("code", ""), request.args.get("state", ""))
    if user is None:
        return redirect(url_for("auth.login"))
    session["id"] = user.id
    target = session.pop("next", None) or url_for("challenges.listing")
    # expect: open-redirect
    return redirect(target)


@auth.route("/logout")
def logout():
    session.clear()
    return redirect(url_for("challenges.listing"))
