"""Preference and login-redirect views."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Lax"}
YEAR = 60 * 60 * 24 * 365


@view_config(route_name="set_locale", request_method="POST", renderer="json")
def set_locale(request):
    response = request.response
    # expect: cookie-flags
    response.set_cookie("session_hint", request.session.session_id, secure=True, httponly=True)
    return {"ok": True}


@view_config(route_name="remember", request_method="POST")
def remember_device(request):
    token = request.dbsession.issue_device_token(request.authenticated_userid)
    resp = HTTPFound(location=request.route_url("home"))
    # expect: cookie-flags
    resp.set_cookie("device_token", token, max_age=YEAR, secure=True)
    return resp


def login_redirect(request):
    target = HTTPFound(location=request.route_url("dashboard"))
    # expect: cookie-flags
    target.set_cookie(
        "auth_tkt_hint",
        request.authenticated_userid,
        httponly=True,
    )
    return target


@view_config(route_name="set_consent", request_method="POST", renderer="json")
def set_consent(request):
    response = request.response
    response.set_cookie("consent", request.POST.get("level", "essential"), max_age=YEAR, samesite="Lax", secure=True)
    return {"ok": True}


@view_config(route_name="set_view_mode", request_method="POST", renderer="json")
def set_view_mode(request):
    response = request.response
    response.set_cookie("view_mode", request.POST.get("mode", "grid")[:8], **COOKIE_OPTS)
    return {"ok": True}


@view_config(route_name="logout")
def logout(request):
    resp = HTTPFound(location=request.route_url("home"))
    resp.delete_cookie("device_token")
    return resp
