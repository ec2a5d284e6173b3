"""Login, remember-me and cart views."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

from .auth import check_credentials, issue_token, new_cart_id

COOKIE_FLAGS = {"httponly": True, "secure": True, "samesite": "Lax"}


@view_config(route_name="login", request_method="POST", renderer="json")
def login(request):
    user = check_credentials(request.POST["username"], request.POST["password"])
    response = request.response
    if request.POST.get("remember"):
        # expect: insecure-cookie
        response.set_cookie("remember_token", issue_token(user), max_age=30 * 86400, secure=True)
    return {"ok": True}


@view_config(route_name="cart_start")
def cart_start(request):
    resp = request.response
    # expect: insecure-cookie
    resp.set_cookie("cart_session", new_cart_id())
    resp.set_cookie("cart_seen", "1", httponly=True, secure=True)
    return resp


def sso_callback(request):
    token = issue_token(request.authenticated_userid)
    response = HTTPFound(location=request.route_url("home"))
    # expect: insecure-cookie
    response.set_cookie("sso_token", token, path="/", secure=True, samesite="Lax")
    return response


def switch_account(request):
    response = HTTPFound(location="/")
    # expect: insecure-cookie
    response.set_cookie("acting_as", value=request.matchdict["account"], domain=".example.com")
    return response


@view_config(route_name="logout")
def logout(request):
    response = HTTPFound(location="/")
    response.delete_cookie("remember_token")
    response.set_cookie("remember_token", "", max_age=0, **COOKIE_FLAGS)
    return response


@view_config(route_name="session_refresh", renderer="json")
def refresh(request):
    request.response.set_cookie("remember_token", issue_token(request.user), httponly=True, secure=True)
    return {"refreshed": True}
