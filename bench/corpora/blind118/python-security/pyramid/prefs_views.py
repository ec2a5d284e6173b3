"""Account preference and SSO hand-off views (Pyramid)."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

from .sso import exchange_code, sign_state

SESSION_COOKIE = dict(secure=True, httponly=True, samesite="Lax")


@view_config(route_name="sso_start")
def sso_start(request):
    state = sign_state(request.registry.settings["sso.secret"], request.params.get("next", "/"))
    resp = HTTPFound(location=request.registry.settings["sso.authorize_url"] + "?state=" + state)
    # expect: insecure-cookie
    resp.set_cookie("sso_state", state, max_age=600, secure=True, httponly=True)
    return resp


@view_config(route_name="sso_callback")
def sso_callback(request):
    session_id = exchange_code(request, request.params["code"], request.cookies.get("sso_state"))
    resp = HTTPFound(location="/")
    resp.set_cookie("sid", session_id, **SESSION_COOKIE)
    resp.delete_cookie("sso_state")
    return resp


@view_config(route_name="api_token", request_method="POST", renderer="json")
def api_token(request):
    token = request.user.issue_api_token(scope=request.POST.get("scope", "read"))
    response = request.response
    # expect: insecure-cookie
    response.set_cookie("api_session", token.value, max_age=3600, secure=True, httponly=True)
    return {"expires_in": 3600}


@view_config(route_name="language", request_method="POST", renderer="json")
def language(request):
    response = request.response
    response.set_cookie("_LOCALE_", request.POST.get("lang", "en"), secure=True, samesite="Lax")
    return {"ok": True}


@view_config(route_name="two_factor", request_method="POST", renderer="json")
def remember_device(request):
    response = request.response
    device = request.user.trust_device(request.user_agent)
    # expect: insecure-cookie
    response.set_cookie("trusted_device", device.token, max_age=30 * 86400, secure=True, httponly=True)
    return {"trusted": True}
