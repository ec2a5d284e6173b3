"""Login form that returns the user where they came from."""
from flask import Flask, redirect, request, url_for
from flask_login import login_user

from .auth import check_credentials

app = Flask(__name__)


@app.post("/login")
def login():
    user = check_credentials(request.form["email"], request.form["password"])
    if user is None:
        return redirect(url_for("login_form", error=1))
    login_user(user)
    next_url = request.args.get("next") or url_for("dashboard")
    # expect: open-redirect
    return redirect(next_url)
