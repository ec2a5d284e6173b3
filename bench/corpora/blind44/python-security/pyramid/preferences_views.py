"""User preference views."""
from pyramid.view import view_config
from pyramid.httpexceptions import HTTPFound

COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Lax"}


@view_config(route_name="set_theme", renderer="json")
def set_theme(request):
    theme = request.params.get("theme", "light")
    response = request.response
    # expect: cookie-flags
    response.set_cookie("theme", theme, max_age=31536000)
    return {"theme": theme}


@view_config(route_name="set_locale", renderer="json")
def set_locale(request):
    resp = request.response
    locale = request.params.get("locale", "en")
    # expect: cookie-flags
    resp.set_cookie(
        "locale",
        value=locale,
        httponly=True,
        max_age=86400,
    )
    return {"locale": locale}


def remember_tab(request):
    tab = request.matchdict["tab"]
    redirect = HTTPFound(location=request.route_url("dashboard"))
    # expect: cookie-flags
    redirect.set_cookie("last_tab", tab, path="/dashboard")
    return redirect


@view_config(route_name="set_currency", renderer="json")
def set_currency(request):
    response = request.response
    response.set_cookie("currency", request.params.get("c", "EUR"), secure=True, httponly=True)
    return {}


@view_config(route_name="set_density", renderer="json")
def set_density(request):
    response = request.response
    response.set_cookie("density", request.params.get("d", "comfortable"), **COOKIE_OPTS)
    return {}
