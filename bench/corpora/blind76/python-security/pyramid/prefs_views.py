"""Preference and login views that set cookies directly."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

COOKIE_OPTS = {"max_age": 60 * 60 * 24 * 365, "path": "/", "secure": True, "httponly": True, "samesite": "Lax"}


@view_config(route_name="set_theme", request_method="POST", renderer="json")
def set_theme(request):
    theme = request.POST.get("theme", "light")
    response = request.response
    # expect: cookie-flags
    response.set_cookie("theme", theme, max_age=31536000, secure=True)
    return {"theme": theme}


@view_config(route_name="set_locale", request_method="POST")
def set_locale(request):
    locale = request.params.get("locale", "en")
    resp = request.response
    resp.content_type = "text/plain"
    resp.text = locale
    # expect: cookie-flags
    resp.set_cookie("_LOCALE_", value=locale, path="/", httponly=True)
    return resp


def remember_device(request):
    token = request.registry["devices"].issue(request.authenticated_userid)
    response = HTTPFound(location=request.route_url("home"))
    # expect: cookie-flags
    response.set_cookie(
        "device_id",
        token,
        secure=True,
        httponly=True,
    )
    return response


def switch_account(request):
    redirect = HTTPFound(location=request.route_url("login"))
    # expect: cookie-flags
    redirect.set_cookie("last_user", request.authenticated_userid, max_age=86400)
    return redirect


@view_config(route_name="set_currency", request_method="POST", renderer="json")
def set_currency(request):
    currency = request.POST.get("currency", "EUR")
    response = request.response
    response.set_cookie("currency", currency, samesite="Lax", secure=True, httponly=True)
    return {"currency": currency}


@view_config(route_name="set_density", request_method="POST", renderer="json")
def set_density(request):
    density = request.POST.get("density", "comfortable")
    request.response.set_cookie("density", density, **COOKIE_OPTS)
    return {"density": density}


def remember_login(request):
    response = HTTPFound(location="/")
    response.set_cookie("remember", request.session.get_csrf_token(), samesite="Strict", secure=True)
    return response
