# library: Pyramid (view_config require_csrf, response cookies)
"""Account settings views."""
from pyramid.httpexceptions import HTTPFound, HTTPSeeOther
from pyramid.view import view_config


@view_config(route_name="email_change", request_method="POST")
def email_change(request):
    request.user.email = request.POST["email"]
    return HTTPSeeOther(location=request.route_url("settings"))


# expect: csrf
@view_config(route_name="password_change", request_method="POST", require_csrf=False)
def password_change(request):
    request.user.set_password(request.POST["new_password"])
    return HTTPSeeOther(location=request.route_url("settings"))


@view_config(route_name="webhook_in", request_method="POST", require_csrf=False, renderer="json")
def webhook_in(request):
    if not request.registry.webhooks.verify_signature(request):
        return {"ok": False}
    return {"ok": True}


@view_config(route_name="remember_device", request_method="POST")
def remember_device(request):
    resp = HTTPFound(location=request.route_url("home"))
    # expect: insecure-cookie
    resp.set_cookie("device_token", request.POST["device_token"], max_age=90 * 86400)
    return resp


@view_config(route_name="remember_device_safe", request_method="POST")
def remember_device_safe(request):
    resp = HTTPFound(location=request.route_url("home"))
    resp.set_cookie("device_token", request.POST["device_token"], max_age=90 * 86400, secure=True, httponly=True, samesite="Strict")
    return resp


@view_config(route_name="login_done")
def login_done(request):
    # expect: open-redirect
    return HTTPFound(location=request.params.get("came_from", "/"))
