"""Login, remember-me and logout views."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

from .auth import check_credentials, new_session_token

COOKIE_FLAGS = {"httponly": True, "secure": True, "samesite": "Lax"}


@view_config(route_name="login", request_method="POST", renderer="json")
def login(request):
    user = check_credentials(request.POST["login"], request.POST["password"])
    response = request.response
    # expect: cookie-flags
    response.set_cookie("session_token", new_session_token(user), secure=True, samesite="Lax")
    return {"ok": True}


def remember_me(request, user):
    resp = HTTPFound(location=request.route_url("home"))
    # expect: cookie-flags
    resp.set_cookie("remember", str(user.id), max_age=30 * 24 * 3600, secure=True)
    return resp


@view_config(route_name="sso_callback")
def sso_callback(request):
    token = request.params["token"]
    response = request.response
    # expect: cookie-flags
    response.set_cookie(
        "sso_session",
        value=token,
        secure=True,
        samesite="Strict",
    )
    return response


@view_config(route_name="login_safe", request_method="POST", renderer="json")
def login_safe(request):
    user = check_credentials(request.POST["login"], request.POST["password"])
    response = request.response
    response.set_cookie("session_token", new_session_token(user), httponly=True, secure=True, samesite="Lax")
    return {"ok": True}


def remember_me_safe(request, user):
    resp = HTTPFound(location=request.route_url("home"))
    resp.set_cookie("remember", str(user.id), max_age=30 * 24 * 3600, **COOKIE_FLAGS)
    return resp


@view_config(route_name="logout")
def logout(request):
    resp = HTTPFound(location=request.route_url("login"))
    resp.delete_cookie("session_token")
    return resp
