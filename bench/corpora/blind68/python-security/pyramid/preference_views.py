"""Login, preference and remember-me views for the Pyramid storefront."""
import secrets

from pyramid.httpexceptions import HTTPFound
from pyramid.security import remember
from pyramid.view import view_config
from pyramid.view import view_config as view

COOKIE_OPTS = {"httponly": True, "secure": True, "samesite": "Lax"}
ONE_MONTH = 30 * 24 * 3600


@view_config(route_name="login", request_method="POST", renderer="json")
def login(request):
    user = request.dbsession.query_user(request.POST["email"], request.POST["password"])
    response = request.response
    token = secrets.token_urlsafe(32)
    request.dbsession.store_remember_token(user.id, token)
    # expect: cookie-flags
    response.set_cookie("remember_me", token, max_age=ONE_MONTH, secure=True, samesite="Lax")
    return {"ok": True}


@view(route_name="switch_account", request_method="POST")
def switch_account(request):
    target = request.POST["account_id"]
    resp = HTTPFound(location=request.route_url("dashboard"), headers=remember(request, target))
    # expect: cookie-flags
    resp.set_cookie(
        "active_account",
        value=target,
        secure=True,
    )
    return resp


@view_config(route_name="checkout_start", renderer="checkout.jinja2")
def checkout_start(request):
    resp = request.response
    cart_token = request.session.get("cart_token") or secrets.token_hex(16)
    # expect: cookie-flags
    resp.set_cookie("cart_session", cart_token, path="/checkout", secure=True)
    return {"cart": cart_token}


@view_config(route_name="impersonate", permission="admin")
def impersonate(request):
    response = request.response
    support_key = request.matchdict["key"]
    # expect: cookie-flags
    response.set_cookie("support_key", support_key)
    return response


@view_config(route_name="logout_everywhere", request_method="POST")
def logout(request):
    response = HTTPFound(location="/")
    response.set_cookie("remember_me", "", max_age=0, httponly=True, secure=True)
    return response


@view_config(route_name="api_login", request_method="POST", renderer="json")
def api_login(request):
    response = request.response
    response.set_cookie("session_hint", secrets.token_urlsafe(16), **COOKIE_OPTS)
    return {"ok": True}
