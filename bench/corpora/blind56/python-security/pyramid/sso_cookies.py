"""Cookies set around the single sign-on hand-off (Pyramid)."""
import pyramid.httpexceptions
import pyramid.view

from .tokens import new_state, new_session_token

# the IdP posts back cross-site
CROSS_SITE = "None"


@pyramid.view.view_config(route_name="sso_start")
def sso_start(request):
    response = request.response
    state = new_state()
    # expect: cookie-flags
    response.set_cookie("sso_state", state, max_age=600, secure=True, httponly=True, samesite="None")
    response.location = request.registry.settings["sso.authorize_url"] + "?state=" + state
    response.status_code = 302
    return response


@pyramid.view.view_config(route_name="sso_callback", request_method="POST")
def sso_callback(request):
    token = new_session_token(request.POST["code"])
    response = request.response
    response.set_cookie(
        "session",
        token,
        secure=True,
        httponly=True,
        # expect: cookie-flags
        samesite=CROSS_SITE,
    )
    return response


def embed_login(request):
    response = pyramid.httpexceptions.HTTPFound(location=request.route_url("embed_home"))
    # expect: cookie-flags
    response.set_cookie("embed_session", new_session_token(None), secure=True, httponly=True, samesite="none")
    return response


@pyramid.view.view_config(route_name="widget_prefs", request_method="POST")
def widget_prefs(request):
    response = request.response
    mode = request.POST.get("samesite", "None")
    # expect: cookie-flags
    response.set_cookie("widget_theme", request.POST["theme"], secure=True, samesite=mode)
    return response


@pyramid.view.view_config(route_name="locale")
def set_locale(request):
    response = request.response
    response.set_cookie("locale", request.GET.get("lang", "en"), secure=True, httponly=True, samesite="Lax")
    return response


def logout(request):
    response = pyramid.httpexceptions.HTTPFound(location="/")
    response.set_cookie("session", "", max_age=0, secure=True, httponly=True, samesite="Strict")
    return response
