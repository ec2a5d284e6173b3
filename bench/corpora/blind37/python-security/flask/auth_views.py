"""Login, logout and language switch redirects."""
from urllib.parse import urlparse

import flask
from flask import Flask, redirect, request, session, url_for
from flask import redirect as go

app = Flask(__name__)


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST" and _check(request.form):
        session["user"] = request.form["username"]
        # expect: open-redirect
        return redirect(request.args.get("next") or url_for("index"))
    return flask.render_template("login.html")


@app.route("/sso/callback", methods=["POST"])
def sso_callback():
    next_url = request.form["next"]
    session["user"] = request.form["subject"]
    # expect: open-redirect
    return redirect(next_url)


@app.route("/lang/<code>")
def switch_language(code):
    session["lang"] = code
    # expect: open-redirect
    return flask.redirect(request.referrer)


@app.route("/logout")
def logout():
    session.clear()
    dest = request.values.get("return_to", "/")
    # expect: open-redirect
    return go(dest, code=302)


@app.route("/welcome")
def welcome():
    # expect: open-redirect
    return redirect(f"{request.args.get('site', '')}/welcome?user={session.get('user', '')}")


@app.route("/continue")
def continue_to():
    target = request.args.get("next", "")
    parts = urlparse(target)
    if parts.netloc or parts.scheme or not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = url_for("index")
    return redirect(target)


@app.route("/")
def index():
    return redirect(url_for("dashboard"))


@app.route("/profile")
def profile_shortcut():
    return redirect(url_for("profile", username=request.args.get("u", "")))


def _check(form):
    return bool(form.get("username")) and bool(form.get("password"))
