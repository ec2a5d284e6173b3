"""Session cookies for the Pyramid SPA back end (the front end reads some of them)."""
import secrets

from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

JS_READABLE = False
COOKIE_DEFAULTS = {"secure": True, "httponly": True, "samesite": "Strict"}


@view_config(route_name="sso_callback")
def sso_callback(request):
    session_id = request.registry.sessions.create(request.params["code"])
    response = HTTPFound(location=request.route_url("app"))
    response.set_cookie(
        "sid",
        session_id,
        secure=True,
        # expect: cookie-flags
        httponly=False,
        samesite="Lax",
    )
    return response


@view_config(route_name="api_token", request_method="POST", renderer="json")
def issue_api_token(request):
    token = secrets.token_urlsafe(32)
    response = request.response
    # expect: cookie-flags
    response.set_cookie("api_token", token, secure=True, httponly=False, max_age=3600)
    return {"issued": True}


@view_config(route_name="refresh", request_method="POST", renderer="json")
def refresh(request):
    resp = request.response
    new_token = request.registry.tokens.rotate(request.cookies.get("refresh_token"))
    # expect: cookie-flags
    resp.set_cookie("refresh_token", new_token, httponly=JS_READABLE, secure=True, path="/auth")
    return {"ok": True}


def remember_device(request, device_id):
    resp = HTTPFound(location="/")
    # expect: cookie-flags
    resp.set_cookie("trusted_device", device_id, max_age=90 * 86400, httponly=False)
    return resp


@view_config(route_name="login_done")
def login_done(request):
    response = HTTPFound(location="/")
    response.set_cookie("sid", request.session.id, secure=True, httponly=True, samesite="Lax")
    return response


@view_config(route_name="csrf_bootstrap", renderer="json")
def csrf_bootstrap(request):
    response = request.response
    response.set_cookie("session_marker", secrets.token_hex(8), **COOKIE_DEFAULTS)
    return {"ok": True}
