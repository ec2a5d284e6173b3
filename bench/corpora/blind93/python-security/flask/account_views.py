"""Login, logout and language switch for the members area."""
import flask
from flask import Blueprint, redirect, render_template, request, url_for
from flask_login import login_user, logout_user
from werkzeug.urls import url_parse

from .forms import LoginForm
from .models import User

bp = Blueprint("account", __name__)
app = flask.current_app


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        user = User.query.filter_by(email=form.email.data).first()
        if user and user.check_password(form.password.data):
            login_user(user)
            next_page = request.args.get("next")
            if not next_page or url_parse(next_page).netloc != "":
                next_page = url_for("main.index")
            return redirect(next_page)
    return render_template("account/login.html", form=form)


@bp.route("/logout")
def logout():
    logout_user()
    # expect: open-redirect
    return redirect(request.args.get("return_to", "/"))


@bp.route("/lang/<code>")
def switch_language(code):
    flask.session["lang"] = code
    # expect: open-redirect
    return flask.redirect(request.referrer or url_for("main.index"))


@bp.route("/continue", methods=["POST"])
def continue_flow():
    target = request.form["continue"]
    flask.session["flow_step"] = "done"
    # expect: open-redirect
    return redirect(target, code=303)


@bp.route("/sso/callback")
def sso_callback():
    state = request.values.get("state", "")
    # expect: open-redirect
    return redirect("https://" + request.values.get("origin_host", "") + "/welcome?state=" + state)


@bp.route("/home")
def home():
    return redirect(url_for("main.index", tab=request.args.get("tab", "feed")))
