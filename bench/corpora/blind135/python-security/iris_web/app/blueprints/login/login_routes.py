"""Login with a `next` target."""
from urllib.parse import urlsplit

from flask import Blueprint, redirect, request, url_for
from flask_login import login_user

from app.iris_engine.access_control.utils import validate_local_login

login_blueprint = Blueprint("login", __name__)


def _is_safe_url(target):
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc and target.startswith("/")


@login_blueprint.route("/login", methods=["POST"])
def login():
    user = validate_local_login(request.form.get("username"), request.form.get("password"))
    next_url = request.args.get("next")
    if user is None:
        target = next_url if next_url and _is_safe_url(next_url) else url_for("login.login")
        return redirect(target)
    login_user(user)
    if not next_url:
        next_url = url_for("index.index")
    # expect: open-redirect
    return redirect(next_url)
