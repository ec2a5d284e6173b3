"""Locale, theme and partner-embed cookies."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

SUPPORTED_LOCALES = {"en", "de", "fr", "nl"}
YEAR = 365 * 24 * 3600
CROSS_SITE = "None"  # the cart is shared with the partner checkout iframe


@view_config(route_name="set_locale", request_method="POST")
def set_locale(request):
    locale = request.POST.get("locale", "en")
    if locale not in SUPPORTED_LOCALES:
        locale = "en"
    response = HTTPFound(location=request.referer or request.route_url("home"))
    response.set_cookie("_LOCALE_", locale, max_age=YEAR, secure=True, httponly=True, samesite="Lax")
    return response


@view_config(route_name="set_theme", renderer="json")
def set_theme(request):
    response = request.response
    theme = "dark" if request.params.get("theme") == "dark" else "light"
    response.set_cookie("theme", theme, max_age=YEAR, secure=True, samesite="Strict")
    return {"theme": theme}


@view_config(route_name="embed_login", request_method="POST")
def embed_login(request):
    """Login from the widget iframe on partner sites; the session cookie must cross sites."""
    token = request.registry.sessions.create(request.POST["username"], request.POST["password"])
    response = HTTPFound(location=request.route_url("embed_home"))
    # expect: csrf-disabled
    response.set_cookie("embed_session", token, secure=True, httponly=True, samesite="None")
    return response


@view_config(route_name="remember_cart", renderer="json")
def remember_cart(request):
    response = request.response
    cart_id = request.session.get("cart_id")
    # expect: csrf-disabled
    response.set_cookie("cart_auth", request.session["cart_token"], secure=True, samesite=CROSS_SITE)
    return {"cart": cart_id}


@view_config(route_name="consent", renderer="json")
def consent(request):
    response = request.response
    response.set_cookie("consent", "1", max_age=YEAR, secure=True, samesite="Lax")
    return {"ok": True}
