"""Preference and login views of the Pyramid app."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

COOKIE_OPTS = {"max_age": 3600, "httponly": True, "secure": True, "samesite": "Lax"}


@view_config(route_name="set_theme", renderer="json")
def set_theme(request):
    response = request.response
    # expect: cookie-flags
    response.set_cookie("theme", request.params.get("theme", "light"))
    return {"ok": True}


@view_config(route_name="remember_me", request_method="POST")
def remember_me(request):
    resp = request.response
    token = request.registry.tokens.issue(request.authenticated_userid)
    resp.set_cookie(
        "remember_token",
        token,
        max_age=30 * 24 * 3600,
        # expect: cookie-flags
        secure=True,
    )
    return resp


def login_redirect(request):
    session_hint = request.registry.sessions.create(request.params["user"])
    response = HTTPFound(location=request.route_url("home"))
    # expect: cookie-flags
    response.set_cookie("session_hint", session_hint, samesite="Strict")
    return response


class CartViews:
    def __init__(self, request):
        self.request = request

    @view_config(route_name="cart_add", request_method="POST")
    def add(self):
        response = self.request.response
        cart_id = self.request.registry.carts.add(self.request.json_body)
        # expect: cookie-flags
        response.set_cookie(name="cart_id", value=cart_id, path="/shop")
        return response


@view_config(route_name="set_locale")
def set_locale(request):
    response = request.response
    response.set_cookie("locale", request.params.get("locale", "en"), httponly=True, secure=True)
    return response


@view_config(route_name="login_done")
def login_done(request):
    response = HTTPFound(location="/")
    response.set_cookie("auth_hint", request.params["hint"], **COOKIE_OPTS)
    return response
