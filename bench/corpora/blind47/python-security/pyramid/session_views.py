"""Login and locale views that set cookies directly."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

COOKIE_OPTS = {"httponly": True, "secure": True, "samesite": "Lax", "max_age": 3600}


@view_config(route_name="login", request_method="POST", renderer="json")
def login(request):
    token = request.auth_service.issue_token(request.POST["username"], request.POST["password"])
    response = request.response
    # expect: cookie-flags
    response.set_cookie("session_token", token, max_age=3600, secure=True, httponly=False)
    return {"ok": True}


@view_config(route_name="remember_device", request_method="POST", renderer="json")
def remember_device(request):
    resp = request.response
    resp.set_cookie(
        "device_id",
        request.device_registry.register(request.user),
        max_age=60 * 60 * 24 * 90,
        secure=True,
        # expect: cookie-flags
        httponly=False,
    )
    return {"remembered": True}


def sso_callback(request):
    ticket = request.sso.validate(request.params["ticket"])
    redirect = HTTPFound(location=request.route_url("home"))
    # expect: cookie-flags
    redirect.set_cookie("sso_ticket", ticket, secure=True, httponly=False)
    return redirect


@view_config(route_name="logout", request_method="POST")
def logout(request):
    response = HTTPFound(location=request.route_url("login"))
    response.delete_cookie("session_token")
    return response


@view_config(route_name="refresh", request_method="POST", renderer="json")
def refresh(request):
    response = request.response
    response.set_cookie("session_token", request.auth_service.refresh(request), secure=True, httponly=True)
    return {"ok": True}


@view_config(route_name="prefs_login", request_method="POST", renderer="json")
def prefs_login(request):
    response = request.response
    response.set_cookie("session_token", request.auth_service.issue_token_for(request.user), **COOKIE_OPTS)
    return {"ok": True}
