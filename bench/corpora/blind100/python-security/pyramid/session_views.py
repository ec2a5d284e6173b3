"""Login and preference views for the Pyramid portal."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

from .auth import check_credentials, new_session_token

COOKIE_OPTS = {"httponly": True, "secure": True, "samesite": "Lax", "max_age": 3600}


@view_config(route_name="login", request_method="POST", renderer="json")
def login(request):
    user = check_credentials(request.POST.get("login"), request.POST.get("password"))
    response = request.response
    # expect: cookie-flags
    response.set_cookie("portal_session", new_session_token(user), httponly=False, secure=True, samesite="Lax")
    return {"ok": user is not None}


@view_config(route_name="sso_callback")
def sso_callback(request):
    token = new_session_token(request.params.get("user"))
    resp = HTTPFound(location=request.route_url("home"))
    # expect: cookie-flags
    resp.set_cookie("portal_session", token, max_age=3600, secure=True, httponly=False, samesite="Strict")
    return resp


@view_config(route_name="remember_me", request_method="POST", renderer="json")
def remember_me(request):
    response = request.response
    response.set_cookie(
        "portal_remember",
        new_session_token(request.authenticated_userid),
        secure=True,
        samesite="Lax",
        # expect: cookie-flags
        httponly=False,
        max_age=30 * 24 * 3600,
    )
    return {"ok": True}


@view_config(route_name="login_safe", request_method="POST", renderer="json")
def login_safe(request):
    user = check_credentials(request.POST.get("login"), request.POST.get("password"))
    response = request.response
    response.set_cookie("portal_session", new_session_token(user), httponly=True, secure=True, samesite="Lax")
    return {"ok": user is not None}


@view_config(route_name="sso_callback_safe")
def sso_callback_safe(request):
    resp = HTTPFound(location=request.route_url("home"))
    resp.set_cookie("portal_session", new_session_token(request.params.get("user")), **COOKIE_OPTS)
    return resp
