# -*- coding: utf-8 -*-
"""Login views of the Caliopen web API."""
import logging

from pyramid.httpexceptions import HTTPFound, HTTPUnauthorized
from pyramid.security import remember
from pyramid.view import view_config

from caliopen_main.user.core import User

log = logging.getLogger(__name__)


def _relative_only(target, default):
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target


@view_config(route_name="login_form", request_method="POST")
def login_form(request):
    """Form login of the legacy web client, then back to where the user was."""
    params = request.POST
    try:
        user = User.authenticate(params["username"], params["password"])
    except Exception:
        log.info("authentication failed for %s", params.get("username"))
        raise HTTPUnauthorized()
    headers = remember(request, str(user.user_id))
    came_from = params.get("came_from") or request.route_url("home")
    # expect: open-redirect
    return HTTPFound(location=came_from, headers=headers)


@view_config(route_name="login_form_safe", request_method="POST")
def login_form_safe(request):
    params = request.POST
    user = User.authenticate(params["username"], params["password"])
    headers = remember(request, str(user.user_id))
    target = _relative_only(params.get("came_from"), request.route_path("home"))
    return HTTPFound(location=target, headers=headers)


@view_config(route_name="logout")
def logout(request):
    return HTTPFound(location=request.route_url("login_form"))
