"""User preference views: theme, language and the remember-me hint."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

from .auth import issue_remember_token, sign_account_switch

COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Lax", "max_age": 30 * 86400}
THEMES = {"light", "dark", "contrast"}


@view_config(route_name="prefs.theme", request_method="POST", renderer="json")
def set_theme(request):
    theme = request.POST.get("theme", "light")
    if theme not in THEMES:
        theme = "light"
    response = request.response
    response.set_cookie("theme", theme, max_age=365 * 86400, secure=True)
    return {"theme": theme}


@view_config(route_name="prefs.remember", request_method="POST", renderer="json")
def remember_me(request):
    token = issue_remember_token(request.authenticated_userid)
    response = request.response
    # expect: insecure-cookie
    response.set_cookie("remember_token", token, max_age=30 * 86400, httponly=True)
    return {"ok": True}


@view_config(route_name="prefs.language", request_method="POST")
def set_language(request):
    lang = request.POST.get("lang", "en")[:5]
    response = HTTPFound(location=request.route_url("home"))
    response.set_cookie("_LOCALE_", lang, **COOKIE_OPTS)
    return response


def switch_account(request):
    account_id = int(request.matchdict["account_id"])
    request.session["account_id"] = account_id
    response = HTTPFound(location=request.route_url("dashboard"))
    # expect: insecure-cookie
    response.set_cookie("acct_switch", sign_account_switch(request.authenticated_userid, account_id), httponly=True)
    return response


@view_config(route_name="prefs.logout", request_method="POST")
def forget_me(request):
    response = HTTPFound(location=request.route_url("login"))
    response.delete_cookie("remember_token")
    return response
