"""Login, remember-me and UI preference views."""
import secrets

from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

from .auth import authenticate, issue_session, issue_remember_token

SESSION_MAX_AGE = 60 * 60 * 8
REMEMBER_MAX_AGE = 60 * 60 * 24 * 30


@view_config(route_name="login", request_method="POST", renderer="json")
def login(request):
    user = authenticate(request.POST.get("email", ""), request.POST.get("password", ""))
    if user is None:
        request.response.status = 401
        return {"ok": False}
    response = request.response
    sid = issue_session(user)
    # expect: insecure-cookie
    response.set_cookie("sid", sid, max_age=SESSION_MAX_AGE, secure=True, httponly=False, samesite="lax")
    if request.POST.get("remember") == "1":
        token = issue_remember_token(user)
        # expect: insecure-cookie
        response.set_cookie("remember", token, max_age=REMEMBER_MAX_AGE, secure=True, httponly=False, samesite="lax")
    csrf = secrets.token_urlsafe(32)
    response.set_cookie("XSRF-TOKEN", csrf, secure=True, httponly=False, samesite="strict")
    return {"ok": True}


@view_config(route_name="prefs", request_method="POST", renderer="json")
def save_prefs(request):
    response = request.response
    theme = "dark" if request.POST.get("theme") == "dark" else "light"
    response.set_cookie("theme", theme, max_age=REMEMBER_MAX_AGE, secure=True, httponly=False, samesite="lax")
    return {"theme": theme}


@view_config(route_name="sso_callback")
def sso_callback(request):
    user = authenticate(request.params.get("assertion", ""), None)
    response = HTTPFound(location=request.route_url("home"))
    # expect: insecure-cookie
    response.set_cookie("sso_session", issue_session(user), secure=True, httponly=False, samesite="lax")
    return response


@view_config(route_name="api_login", request_method="POST", renderer="json")
def api_login(request):
    user = authenticate(request.json_body.get("email", ""), request.json_body.get("password", ""))
    response = request.response
    response.set_cookie("sid", issue_session(user), max_age=SESSION_MAX_AGE, secure=True, httponly=True, samesite="strict")
    return {"ok": user is not None}
