"""Preference and session-hint cookies for the Pyramid storefront."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

HTTPONLY = False


@view_config(route_name="remember_me", request_method="POST", renderer="json")
def remember_me(request):
    token = request.remember_token()
    response = request.response
    # expect: cookie-flags
    response.set_cookie("remember", token, max_age=30 * 86400, secure=True, httponly=False, samesite="Lax")
    return {"ok": True}


@view_config(route_name="login_done")
def login_done(request):
    resp = HTTPFound(location=request.route_url("home"))
    resp.set_cookie(
        "session_hint",
        request.session.id,
        secure=True,
        # expect: cookie-flags
        httponly=False,
    )
    return resp


@view_config(route_name="theme", renderer="json")
def set_theme(request):
    response = request.response
    response.set_cookie("auth_theme", request.params.get("theme", "light"), secure=True, httponly=True, samesite="Lax")
    return {"theme": request.params.get("theme", "light")}


@view_config(route_name="cart", renderer="json")
def cart(request):
    response = request.response
    # expect: cookie-flags
    response.set_cookie("cart_session", request.session.id, secure=True, httponly=HTTPONLY)
    return {"cart": request.cart.id}


@view_config(route_name="session_refresh", renderer="json")
def refresh(request):
    cookie_opts = {"secure": True, "samesite": "Strict", "httponly": False}
    response = request.response
    # expect: cookie-flags
    response.set_cookie("sid", request.session.new_id(), **cookie_opts)
    return {"ok": True}


@view_config(route_name="logout")
def logout(request):
    resp = HTTPFound(location="/")
    resp.delete_cookie("remember")
    resp.set_cookie("sid", "", max_age=0, secure=True, httponly=True)
    return resp
