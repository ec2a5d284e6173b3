"""Login form that returns the user where they came from, same host only."""
from urllib.parse import urljoin, urlparse

from flask import Flask, redirect, request, url_for
from flask_login import login_user

from .auth import check_credentials

app = Flask(__name__)


def is_safe_url(target: str) -> bool:
    host = urlparse(request.host_url)
    test = urlparse(urljoin(request.host_url, target))
    return test.scheme in ("http", "https") and host.netloc == test.netloc


@app.post("/login")
def login():
    user = check_credentials(request.form["email"], request.form["password"])
    if user is None:
        return redirect(url_for("login_form", error=1))
    login_user(user)
    next_url = request.args.get("next")
    if not next_url or not is_safe_url(next_url):
        next_url = url_for("dashboard")
    return redirect(next_url)
