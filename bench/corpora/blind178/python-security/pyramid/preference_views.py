"""Views that store small per-user preferences and login hints in cookies."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

from .tokens import issue_remember_token, issue_device_token

COOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "Lax", "max_age": 30 * 24 * 3600}


@view_config(route_name="remember_me", request_method="POST", renderer="json")
def remember_me(request):
    token = issue_remember_token(request.authenticated_userid)
    response = request.response
    # expect: insecure-cookie
    response.set_cookie("remember_token", token, max_age=30 * 24 * 3600, secure=True)
    return {"ok": True}


@view_config(route_name="trust_device", request_method="POST", renderer="json")
def trust_device(request):
    token = issue_device_token(request.authenticated_userid, request.user_agent)
    response = request.response
    response.set_cookie("device_token", token, secure=True, httponly=True, samesite="Strict")
    return {"trusted": True}


@view_config(route_name="set_timezone", request_method="POST", renderer="json")
def set_timezone(request):
    tz = request.json_body.get("tz", "UTC")
    response = request.response
    # read by the date picker script, so it has to stay visible to JavaScript
    response.set_cookie("tz", tz, secure=True, httponly=False, samesite="Lax")
    return {"tz": tz}


@view_config(route_name="set_language", request_method="POST", renderer="json")
def set_language(request):
    lang = request.POST.get("lang", "en")
    response = request.response
    response.set_cookie("lang", lang, **COOKIE_FLAGS)
    return {"lang": lang}


def finish_sso_login(request):
    """Called by the SSO callback view once the assertion was checked."""
    session_token = request.registry.sessions.create(request.sso_subject)
    response = HTTPFound(location=request.route_url("dashboard"))
    # expect: insecure-cookie
    response.set_cookie("sso_session", session_token, secure=True, samesite="Lax")
    return response


def logout(request):
    response = HTTPFound(location=request.route_url("home"))
    response.delete_cookie("sso_session")
    response.delete_cookie("remember_token")
    return response
