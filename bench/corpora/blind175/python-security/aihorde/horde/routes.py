"""HTML pages: index, registration and the OAuth login round-trip."""
import secrets
from urllib.parse import urlparse

from flask import Blueprint, redirect, render_template, request, session, url_for
from markupsafe import Markup, escape

from horde.database import functions as database
from horde.oauth import discord_blueprint, google_blueprint

pages = Blueprint("pages", __name__)


def is_local_target(target):
    parsed = urlparse(target)
    return not parsed.scheme and not parsed.netloc and target.startswith("/") and not target.startswith("//")


@pages.route("/")
def index():
    top = database.worker_kudos_report(1000)
    return render_template("index.html", top_workers=top)


@pages.route("/login")
def login():
    provider = request.args.get("provider", "discord")
    session["state"] = secrets.token_urlsafe(16)
    session["after_login"] = request.args.get("next", "/register")
    if provider == "google":
        return redirect(url_for("google.login"))
    return redirect(url_for("discord.login"))


@pages.route("/finish_login")
def finish_login():
    if not (discord_blueprint.session.authorized or google_blueprint.session.authorized):
        return redirect(url_for("pages.login"))
    after = session.pop("after_login", "/register")
    # expect: open-redirect
    return redirect(after)


@pages.route("/logout")
def logout():
    session.clear()
    back = request.args.get("back", "/")
    if not is_local_target(back):
        back = url_for("pages.index")
    return redirect(back)


@pages.route("/register", methods=["GET", "POST"])
def register():
    username = request.form.get("username", "")
    if request.method == "POST" and username:
        greeting = Markup("<p>Welcome, {}!</p>").format(username)
        return render_template("register.html", greeting=greeting)
    notice = Markup("<p>Pick a name: {}</p>".format(escape(request.args.get("suggest", ""))))
    return render_template("register.html", greeting=notice)
