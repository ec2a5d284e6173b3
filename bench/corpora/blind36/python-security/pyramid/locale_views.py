"""Language and consent cookies."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config


@view_config(route_name="set_lang", renderer="json")
def set_lang(request):
    lang = request.params.get("lang", "en")
    response = request.response
    # expect: cookie-flags
    response.set_cookie("lang", lang, max_age=31536000, secure=False)
    return {"lang": lang}


@view_config(route_name="consent")
def consent(request):
    resp = HTTPFound(location=request.route_url("home"))
    resp.set_cookie(
        "consent",
        "all",
        max_age=15552000,
        httponly=True,
        # expect: cookie-flags
        secure=False,
    )
    return resp


class RememberViews:
    def __init__(self, request):
        self.request = request

    @view_config(route_name="remember_device", renderer="json")
    def remember(self):
        token = self.request.params["device"]
        # expect: cookie-flags
        self.request.response.set_cookie("device", token, httponly=True, secure=False, samesite="Lax")
        return {"ok": True}


@view_config(route_name="theme", renderer="json")
def theme(request):
    response = request.response
    response.set_cookie("theme", request.params.get("theme", "light"), secure=True, httponly=True, samesite="Lax")
    return {}


@view_config(route_name="logout")
def logout(request):
    resp = HTTPFound(location="/")
    resp.delete_cookie("device")
    return resp
