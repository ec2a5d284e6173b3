"""Account preference and sign-in views for the members portal."""
import secrets
from datetime import timedelta

from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

from .auth import authenticate, issue_remember_token
from .models import Preference

REMEMBER_AGE = int(timedelta(days=30).total_seconds())


@view_config(route_name="login", request_method="POST", renderer="json")
def login(request):
    user = authenticate(request.POST.get("email"), request.POST.get("password"))
    if user is None:
        request.response.status = 401
        return {"ok": False}
    response = request.response
    token = issue_remember_token(user)
    # expect: insecure-cookie
    response.set_cookie("remember_me", token, max_age=REMEMBER_AGE, secure=True, httponly=True, samesite="none")
    response.set_cookie("last_login_hint", user.display_name, max_age=REMEMBER_AGE, samesite="lax")
    return {"ok": True}


@view_config(route_name="preferences", request_method="POST", renderer="json")
def save_preferences(request):
    response = request.response
    theme = request.POST.get("theme", "light")
    if theme not in ("light", "dark"):
        theme = "light"
    Preference.save(request.authenticated_userid, theme=theme)
    response.set_cookie("theme", theme, max_age=REMEMBER_AGE, samesite="strict")
    return {"theme": theme}


def switch_account(request):
    """Re-issue the session for another linked account, then go home."""
    account_id = request.POST["account_id"]
    session_token = secrets.token_urlsafe(32)
    request.session["account_id"] = account_id
    response = HTTPFound(location=request.route_url("home"))
    # expect: insecure-cookie
    response.set_cookie("acct_session", session_token, secure=True, httponly=True, samesite=None)
    return response


def logout(request):
    response = HTTPFound(location=request.route_url("login"))
    response.delete_cookie("remember_me")
    response.set_cookie("signed_out", "1", max_age=60, secure=True, samesite="lax")
    return response


@view_config(route_name="impersonate", request_method="POST", permission="admin")
def impersonate(request):
    response = request.response
    # expect: insecure-cookie
    response.set_cookie("impersonating", request.POST["user_id"], secure=True, httponly=True, samesite="none")
    response.status = 204
    return response
