"""SSO and embedded-widget cookie views."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

CROSS_SITE = "None"
SESSION_AGE = 60 * 60 * 8


@view_config(route_name="sso_complete", request_method="GET")
def sso_complete(request):
    token = request.dbsession.finish_sso(request.params["state"], request.params["code"])
    resp = HTTPFound(location=request.route_url("home"))
    # expect: cookie-flags
    resp.set_cookie("sso_session", token, max_age=SESSION_AGE, secure=True, httponly=True, samesite="None")
    return resp


@view_config(route_name="widget_login", request_method="POST", renderer="json")
def widget_login(request):
    response = request.response
    response.set_cookie(
        "widget_session",
        request.dbsession.widget_token(request.authenticated_userid),
        secure=True,
        httponly=True,
        # expect: cookie-flags
        samesite=CROSS_SITE,
    )
    return {"ok": True}


@view_config(route_name="partner_pixel", request_method="GET", renderer="json")
def partner_pixel(request):
    response = request.response
    # expect: cookie-flags
    response.set_cookie("partner_uid", request.dbsession.partner_uid(request.authenticated_userid), samesite="None" if request.params.get("embed") else "Lax", secure=True)
    return {}


def relogin(request):
    resp = HTTPFound(location="/")
    # expect: cookie-flags
    resp.set_cookie("auth", request.session["auth_token"], secure=True, httponly=True, samesite="none")
    return resp


@view_config(route_name="login_complete", request_method="POST")
def login_complete(request):
    resp = HTTPFound(location=request.route_url("dashboard"))
    resp.set_cookie("session", request.session["auth_token"], secure=True, httponly=True, samesite="Lax")
    return resp


@view_config(route_name="admin_login", request_method="POST")
def admin_login(request):
    resp = HTTPFound(location=request.route_url("admin_home"))
    resp.set_cookie("admin_session", request.session["admin_token"], secure=True, httponly=True, samesite="Strict")
    return resp
