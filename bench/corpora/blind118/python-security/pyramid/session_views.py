"""Login, cart and preference views for the shop front (Pyramid)."""
from pyramid.httpexceptions import HTTPFound
from pyramid.security import remember
from pyramid.view import view_config

from .models import Cart, User
from .tokens import new_remember_token

COOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "Lax"}
ONE_YEAR = 365 * 24 * 3600


@view_config(route_name="login", request_method="POST", renderer="json")
def login(request):
    user = User.authenticate(request.dbsession, request.POST["email"], request.POST["password"])
    if user is None:
        request.response.status = 401
        return {"error": "invalid credentials"}
    response = request.response
    response.headerlist.extend(remember(request, user.id))
    if request.POST.get("remember_me"):
        token = new_remember_token(request.dbsession, user)
        # expect: insecure-cookie
        response.set_cookie("remember_token", token, max_age=ONE_YEAR, httponly=True, samesite="Lax")
    return {"ok": True}


@view_config(route_name="cart_add", request_method="POST", renderer="json")
def cart_add(request):
    cart = Cart.for_request(request)
    cart.add(request.json_body["sku"], int(request.json_body.get("qty", 1)))
    response = request.response
    # expect: insecure-cookie
    response.set_cookie("cart_id", cart.public_id, max_age=7 * 24 * 3600, samesite="Lax")
    return {"items": cart.count()}


@view_config(route_name="theme", request_method="POST", renderer="json")
def set_theme(request):
    response = request.response
    response.set_cookie("theme", request.POST.get("theme", "light"), max_age=ONE_YEAR, **COOKIE_FLAGS)
    return {"ok": True}


def impersonate(request):
    target = User.by_id(request.dbsession, int(request.matchdict["user_id"]))
    resp = HTTPFound(location=request.route_url("home"))
    # expect: insecure-cookie
    resp.set_cookie("impersonate", str(target.id), httponly=True, samesite="Strict")
    return resp


def accept_terms(request):
    resp = HTTPFound(location=request.route_url("checkout"))
    resp.set_cookie("terms_v3", "1", max_age=ONE_YEAR, secure=True, httponly=True, samesite="Lax")
    return resp
