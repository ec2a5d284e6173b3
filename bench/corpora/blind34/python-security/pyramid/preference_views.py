"""Views that remember the visitor's language, theme and consent choices."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

CONSENT_COOKIE = "consent"


@view_config(route_name="set_language", request_method="POST", renderer="json")
def set_language(request):
    language = request.POST.get("language", "en")
    response = request.response
    # expect: cookie-flags
    response.set_cookie("lang", language, max_age=31536000, secure=True, httponly=True, samesite="None")
    return {"language": language}


@view_config(route_name="set_theme", request_method="POST", renderer="json")
def set_theme(request):
    theme = request.POST.get("theme", "light")
    resp = request.response
    resp.set_cookie(
        "theme",
        theme,
        secure=True,
        httponly=True,
        # expect: cookie-flags
        samesite=None,
    )
    return {"theme": theme}


@view_config(route_name="consent", request_method="POST")
def record_consent(request):
    policy = request.registry.settings.get("cookie.samesite", "none")
    response = HTTPFound(location=request.route_url("home"))
    # expect: cookie-flags
    response.set_cookie(CONSENT_COOKIE, "accepted", secure=True, httponly=True, samesite=policy)
    return response


@view_config(route_name="remember_region", request_method="POST", renderer="json")
def remember_region(request):
    region = request.POST.get("region", "eu")
    response = request.response
    response.set_cookie("region", region, secure=True, httponly=True, samesite="Lax")
    return {"region": region}


@view_config(route_name="login_hint", request_method="POST", renderer="json")
def login_hint(request):
    response = request.response
    response.set_cookie("login_hint", request.POST.get("email", ""), secure=True, httponly=True, samesite="Strict")
    return {"ok": True}
