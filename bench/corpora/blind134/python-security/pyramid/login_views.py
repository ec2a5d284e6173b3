"""Login views for the Pyramid back office."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

from .security import check_password, new_session_token


@view_config(route_name="login", request_method="POST", renderer="json")
def login(request):
    user = check_password(request.POST["login"], request.POST["password"])
    response = request.response
    # expect: insecure-cookie
    response.set_cookie("auth_tkt", new_session_token(user), secure=True, httponly=False, samesite="Lax")
    return {"user": user.id}


@view_config(route_name="remember_me", request_method="POST", renderer="json")
def remember_me(request):
    response = request.response
    # expect: insecure-cookie
    response.set_cookie("remember_token", new_session_token(request.user), max_age=30 * 86400, httponly=False)
    return {"ok": True}


def impersonate(request):
    response = HTTPFound(location=request.route_url("dashboard"))
    # expect: insecure-cookie
    response.set_cookie("impersonation", new_session_token(request.user), secure=True, httponly=False)
    return response


@view_config(route_name="login_safe", request_method="POST", renderer="json")
def login_safe(request):
    user = check_password(request.POST["login"], request.POST["password"])
    response = request.response
    response.set_cookie("auth_tkt", new_session_token(user), secure=True, httponly=True, samesite="Lax")
    return {"user": user.id}


@view_config(route_name="theme", renderer="json")
def theme(request):
    response = request.response
    response.set_cookie("ui_theme", request.params.get("theme", "light"), httponly=False, samesite="Lax")
    return {"theme": request.params.get("theme", "light")}
