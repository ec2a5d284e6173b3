# library: Pyramid (Response.set_cookie samesite)
"""Login and preference views."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config


@view_config(route_name="login", request_method="POST")
def login(request):
    token = request.registry.sessions.create(request.POST["username"])
    resp = HTTPFound(location="/")
    # expect: insecure-cookie
    resp.set_cookie("sid", token, secure=True, httponly=True, samesite="None")
    return resp


@view_config(route_name="login_v2", request_method="POST")
def login_v2(request):
    token = request.registry.sessions.create(request.POST["username"])
    resp = HTTPFound(location="/")
    resp.set_cookie("sid", token, secure=True, httponly=True, samesite="Lax")
    return resp


@view_config(route_name="remember", request_method="POST", renderer="json")
def remember_me(request):
    token = request.registry.sessions.remember_token(request.authenticated_userid)
    # expect: insecure-cookie
    request.response.set_cookie("remember", token, max_age=2592000, secure=True, httponly=True, samesite="none")
    return {"ok": True}


@view_config(route_name="theme", request_method="POST")
def set_theme(request):
    resp = HTTPFound(location="/settings")
    resp.set_cookie("theme", request.POST.get("theme", "light"), samesite="Strict")
    return resp
