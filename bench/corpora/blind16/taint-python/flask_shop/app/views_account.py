from urllib.parse import urlparse

from flask import redirect, render_template_string, request, session

from . import app
from .helpers import get_param

PROFILE = "<h2>{{ title }}</h2><p>{{ bio }}</p>"


@app.get("/account/continue")
def account_continue():
    if session.get("plan") == "free":
        dest = "/upgrade"
    else:
        dest = get_param(request, "continue", "/home")
    # expect: open-redirect
    return redirect(dest)


@app.get("/account/continue-local")
def account_continue_local():
    dest = get_param(request, "continue", "/home")
    if urlparse(dest).netloc or not dest.startswith("/") or dest.startswith("//") or "\\" in dest:
        dest = "/home"
    return redirect(dest)


@app.get("/account/card")
def account_card():
    title = get_param(request, "title", "Profile")
    return render_template_string(PROFILE, title=title, bio=session.get("bio", ""))


@app.get("/account/card-custom")
def account_card_custom():
    heading = get_param(request, "heading", "Profile")
    # expect: template-injection
    return render_template_string("<h2>" + heading + "</h2><p>{{ bio }}</p>", bio=session.get("bio", ""))
