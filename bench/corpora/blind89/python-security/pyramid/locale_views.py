"""Views that remember the visitor's locale, currency and consent choices."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

ONE_YEAR = 365 * 24 * 3600
CROSS_SITE = "None"
COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Lax"}


@view_config(route_name="set_locale", request_method="POST")
def set_locale(request):
    locale = request.POST.get("locale", "en")
    response = HTTPFound(location=request.route_url("home"))
    # expect: cookie-flags
    response.set_cookie("_LOCALE_", locale, max_age=ONE_YEAR, secure=True, samesite="None")
    return response


@view_config(route_name="set_currency", request_method="POST", renderer="json")
def set_currency(request):
    currency = request.POST.get("currency", "EUR")
    response = request.response
    # expect: cookie-flags
    response.set_cookie(
        "currency",
        currency,
        max_age=ONE_YEAR,
        secure=True,
        samesite=CROSS_SITE,
    )
    return {"currency": currency}


@view_config(route_name="consent", request_method="POST", renderer="json")
def record_consent(request):
    resp = request.response
    # expect: cookie-flags
    resp.set_cookie("consent", request.POST.get("level", "essential"), max_age=ONE_YEAR, samesite=None)
    return {"ok": True}


@view_config(route_name="embed_session", renderer="json")
def embed_session(request):
    response = request.response
    # expect: cookie-flags
    response.set_cookie("embed_sid", request.session.new_csrf_token(), secure=True, httponly=True, samesite="none")
    return {"embedded": True}


@view_config(route_name="set_theme", request_method="POST")
def set_theme(request):
    response = HTTPFound(location="/settings")
    response.set_cookie("theme", request.POST.get("theme", "light"), max_age=ONE_YEAR, samesite="Lax")
    return response


@view_config(route_name="remember_me", request_method="POST")
def remember_me(request):
    response = HTTPFound(location="/")
    response.set_cookie("remember", request.POST.get("token", ""), max_age=30 * 24 * 3600, **COOKIE_OPTS)
    return response


@view_config(route_name="admin_pref", request_method="POST")
def admin_pref(request):
    response = HTTPFound(location="/admin")
    response.set_cookie("admin_view", "compact", secure=True, httponly=True, samesite="Strict")
    return response
