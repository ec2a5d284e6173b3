"""Views that remember the visitor's choices in cookies."""
from pyramid.view import view_config


@view_config(route_name="theme", renderer="json")
def set_theme(request):
    theme = request.params.get("theme", "light")
    # expect: insecure-cookie
    request.response.set_cookie("theme", theme, secure=False, httponly=True)
    return {"theme": theme}


@view_config(route_name="remember", renderer="json")
def remember_me(request):
    token = request.params["token"]
    # expect: insecure-cookie
    request.response.set_cookie("remember", token, max_age=86400, secure=False)
    return {"ok": True}


@view_config(route_name="locale", renderer="json")
def set_locale(request):
    request.response.set_cookie("locale", request.params.get("lang", "en"), secure=True, httponly=True, samesite="Lax")
    return {"ok": True}
