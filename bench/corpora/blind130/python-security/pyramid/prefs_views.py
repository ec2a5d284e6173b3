"""Views that remember the visitor's choices in cookies."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config


@view_config(route_name="remember_login", request_method="POST", renderer="json")
def remember_login(request):
    token = request.registry.remember_tokens.issue(request.authenticated_userid)
    response = request.response
    # expect: insecure-cookie
    response.set_cookie("remember_me", token, max_age=30 * 24 * 3600, secure=True, samesite="Lax")
    return {"ok": True}


@view_config(route_name="impersonate", permission="admin")
def impersonate(request):
    target = request.matchdict["user_id"]
    resp = HTTPFound(location=request.route_url("home"))
    # expect: insecure-cookie
    resp.set_cookie("impersonating", request.registry.signer.sign(target), secure=True)
    return resp


@view_config(route_name="sso_callback", renderer="json")
def sso_callback(request):
    session_id = request.registry.sso.exchange(request.params["code"])
    response = request.response
    # expect: insecure-cookie
    response.set_cookie("sso_session", session_id, secure=True, samesite="Strict")
    return {"ok": True}


@view_config(route_name="remember_login_safe", request_method="POST", renderer="json")
def remember_login_safe(request):
    token = request.registry.remember_tokens.issue(request.authenticated_userid)
    response = request.response
    response.set_cookie("remember_me", token, max_age=30 * 24 * 3600, secure=True, httponly=True, samesite="Lax")
    return {"ok": True}


@view_config(route_name="theme", renderer="json")
def set_theme(request):
    response = request.response
    response.set_cookie("theme", request.params.get("theme", "light"), secure=True, httponly=False, samesite="Lax")
    return {"theme": request.params.get("theme", "light")}


COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Strict"}


@view_config(route_name="sso_callback_safe", renderer="json")
def sso_callback_safe(request):
    session_id = request.registry.sso.exchange(request.params["code"])
    response = request.response
    response.set_cookie("sso_session", session_id, **COOKIE_OPTS)
    return {"ok": True}
