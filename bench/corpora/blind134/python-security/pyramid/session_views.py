"""Session and embed cookies for the Pyramid storefront."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Lax"}


@view_config(route_name="embed_login", renderer="json")
def embed_login(request):
    response = request.response
    # expect: insecure-cookie
    response.set_cookie("embed_session", request.session.session_id, secure=True, httponly=True, samesite="None")
    return {"ok": True}


@view_config(route_name="remember_cart", renderer="json")
def remember_cart(request):
    response = request.response
    # expect: insecure-cookie
    response.set_cookie("cart_id", request.params["cart"], secure=True, httponly=True, samesite="None")
    return {"cart": request.params["cart"]}


def sso_return(request):
    response = HTTPFound(location=request.route_url("home"))
    # expect: insecure-cookie
    response.set_cookie("sso_state", request.params["state"], secure=True, httponly=True, samesite="none")
    return response


@view_config(route_name="login_done", renderer="json")
def login_done(request):
    response = request.response
    response.set_cookie("session", request.session.session_id, secure=True, httponly=True, samesite="Lax")
    return {"ok": True}


@view_config(route_name="prefs", renderer="json")
def prefs(request):
    response = request.response
    response.set_cookie("theme", request.params.get("theme", "light"), **COOKIE_OPTS)
    return {"theme": request.params.get("theme", "light")}


def strict_logout(request):
    response = HTTPFound(location="/")
    response.set_cookie("logged_out", "1", secure=True, httponly=True, samesite="Strict")
    return response
