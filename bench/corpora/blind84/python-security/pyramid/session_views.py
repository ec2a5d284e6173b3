"""Login, remember-me and SSO views of the Pyramid customer portal."""
from pyramid.httpexceptions import HTTPFound
from pyramid.security import remember
from pyramid.view import view_config

from .services import check_password, issue_remember_token, issue_sso_ticket

COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Lax"}


@view_config(route_name="login", request_method="POST")
def login(request):
    user = check_password(request.POST["login"], request.POST["password"])
    if user is None:
        return HTTPFound(location=request.route_url("login", _query={"failed": 1}))
    resp = HTTPFound(location=request.route_url("home"), headers=remember(request, user.id))
    if request.POST.get("remember"):
        # expect: cookie-flags
        resp.set_cookie("remember_token", issue_remember_token(user), max_age=30 * 24 * 3600, httponly=True)
    return resp


@view_config(route_name="sso_start", renderer="json")
def sso_start(request):
    response = request.response
    # expect: cookie-flags
    response.set_cookie("sso_ticket", issue_sso_ticket(request.authenticated_userid))
    return {"redirect": request.route_url("sso_partner")}


@view_config(route_name="api_key", renderer="json")
def api_key_cookie(request):
    response = request.response
    # expect: cookie-flags
    response.set_cookie(
        "api_key",
        request.POST["api_key"],
        httponly=True,
        samesite="Strict",
    )
    return {"ok": True}


@view_config(route_name="mfa_done")
def mfa_done(request):
    resp = HTTPFound(location=request.route_url("home"))
    # expect: cookie-flags
    resp.set_cookie("mfa_trusted_device", request.session["device_token"], max_age=90 * 24 * 3600)
    return resp


@view_config(route_name="remember_safe", request_method="POST")
def remember_safe(request):
    resp = HTTPFound(location=request.route_url("home"))
    resp.set_cookie("remember_token", issue_remember_token(request.user), secure=True, httponly=True)
    return resp


@view_config(route_name="sso_start_safe", renderer="json")
def sso_start_safe(request):
    response = request.response
    response.set_cookie("sso_ticket", issue_sso_ticket(request.authenticated_userid), **COOKIE_OPTS)
    return {"redirect": request.route_url("sso_partner")}
