"""Preference and locale views."""
import logging
import secrets

from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

log = logging.getLogger(__name__)

ONE_YEAR = 365 * 24 * 3600
LOCALES = {"en", "de", "fr", "nl"}


@view_config(route_name="set_locale", request_method="POST")
def set_locale(request):
    locale = request.POST.get("locale", "en")
    if locale not in LOCALES:
        locale = "en"
    resp = HTTPFound(location=request.route_url("home"))
    resp.set_cookie("_LOCALE_", locale, max_age=ONE_YEAR, secure=True, httponly=True, samesite="lax")
    return resp


@view_config(route_name="remember_device", request_method="POST", renderer="json")
def remember_device(request):
    token = secrets.token_urlsafe(32)
    request.dbsession.add(request.user.new_trusted_device(token))
    # expect: insecure-cookie
    request.response.set_cookie("trusted_device", token, max_age=ONE_YEAR, secure=True, httponly=True)
    log.info("device remembered for user %s", request.user.id)
    return {"ok": True}


@view_config(route_name="impersonate", request_method="POST", permission="admin")
def impersonate(request):
    target = request.POST["user_id"]
    resp = HTTPFound(location="/")
    # expect: insecure-cookie
    resp.set_cookie("impersonate", target, secure=True, httponly=True)
    return resp


@view_config(route_name="theme", request_method="POST")
def set_theme(request):
    theme = "dark" if request.POST.get("theme") == "dark" else "light"
    resp = HTTPFound(location=request.referer or "/")
    resp.set_cookie("theme", theme, max_age=ONE_YEAR, secure=True, samesite="strict")
    return resp


@view_config(route_name="login_done")
def login_done(request):
    resp = HTTPFound(location=request.route_url("dashboard"))
    # expect: insecure-cookie
    resp.set_cookie("session_hint", request.session.id, path="/", secure=True, httponly=True)
    resp.delete_cookie("login_next")
    return resp
