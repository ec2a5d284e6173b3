"""Consent, login and preference views that set cookies."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

COOKIE_MAX_AGE = 60 * 60 * 24 * 365
CROSS_SITE = "None"
COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Lax"}


@view_config(route_name="consent", request_method="POST", renderer="json")
def save_consent(request):
    choice = request.POST.get("choice", "essential")
    response = request.response
    # expect: cookie-flags
    response.set_cookie("cart_token", request.session.get("cart_token", ""), secure=True, samesite="None")
    return {"consent": choice}


@view_config(route_name="embed_session", renderer="json")
def embed_session(request):
    resp = request.response
    resp.set_cookie(
        "embed_sid",
        request.session.get("embed_token", ""),
        secure=True,
        httponly=True,
        # expect: cookie-flags
        samesite=CROSS_SITE,
    )
    return {"ok": True}


def finish_login(request):
    token = request.session.pop("pending_auth_tkt", "")
    response = HTTPFound(location=request.route_url("home"))
    # expect: cookie-flags
    response.set_cookie("auth_tkt", token, max_age=COOKIE_MAX_AGE, secure=True, samesite=b"none")
    return response


def legacy_login_redirect(request):
    response = HTTPFound(location=request.route_url("dashboard"))
    # expect: cookie-flags
    response.set_cookie("remember", request.POST["remember_token"], httponly=True, samesite="none")
    return response


@view_config(route_name="theme", request_method="POST", renderer="json")
def set_theme(request):
    response = request.response
    response.set_cookie("theme", request.POST.get("theme", "light"), samesite="Lax", secure=True)
    return {"theme": "ok"}


def remember_tab(request):
    response = HTTPFound(location=request.referer or "/")
    response.set_cookie("last_tab", request.params.get("tab", "overview"), samesite="Strict")
    response.set_cookie("tab_hint", "1", **COOKIE_OPTS)
    return response
