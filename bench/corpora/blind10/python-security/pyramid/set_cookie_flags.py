# library: Pyramid / WebOb (Response.set_cookie)
"""Cookie handling in the members area views."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config


@view_config(route_name="login_done")
def login_done(request):
    response = HTTPFound(location=request.route_url("home"))
    # expect: insecure-cookie
    response.set_cookie("member_session", request.session_token, secure=False, httponly=True)
    return response


@view_config(route_name="login_done_safe")
def login_done_safe(request):
    response = HTTPFound(location=request.route_url("home"))
    response.set_cookie("member_session", request.session_token, secure=True, httponly=True, samesite="Lax")
    return response


@view_config(route_name="remember_me")
def remember_me(request):
    response = HTTPFound(location=request.route_url("home"))
    # expect: insecure-cookie
    response.set_cookie("remember", request.remember_token, max_age=2592000, secure=True, httponly=False)
    return response


@view_config(route_name="language", renderer="json")
def language(request):
    request.response.set_cookie("lang", request.params.get("lang", "en"), secure=True, samesite="Lax")
    return {"ok": True}
