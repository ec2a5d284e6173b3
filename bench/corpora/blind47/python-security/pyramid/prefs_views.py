"""Views that remember UI preferences and embed state."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

CROSS_SITE = "None"


@view_config(route_name="prefs.theme", request_method="POST", renderer="json")
def set_theme(request):
    response = request.response
    # expect: cookie-flags
    response.set_cookie("theme", request.POST["theme"], secure=True, httponly=True, samesite=None)
    return {"theme": request.POST["theme"]}


@view_config(route_name="embed.session", request_method="POST", renderer="json")
def embed_session(request):
    response = request.response
    response.set_cookie(
        "embed_session",
        request.session_service.new_embed_token(request.user),
        secure=True,
        httponly=True,
        # expect: cookie-flags
        samesite=CROSS_SITE,
    )
    return {"ok": True}


def partner_return(request):
    target = HTTPFound(location=request.route_url("dashboard"))
    # expect: cookie-flags
    target.set_cookie("partner_ref", request.params.get("ref", ""), secure=True, samesite="none")
    return target


@view_config(route_name="prefs.lang", request_method="POST", renderer="json")
def set_language(request):
    response = request.response
    response.set_cookie("lang", request.POST["lang"], secure=True, httponly=True, samesite="Lax")
    return {"lang": request.POST["lang"]}


@view_config(route_name="prefs.consent", request_method="POST", renderer="json")
def consent(request):
    response = request.response
    response.set_cookie("consent", "1", secure=True, httponly=True, samesite="Strict", max_age=31536000)
    return {"ok": True}
