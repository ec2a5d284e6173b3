"""Login / logout views."""
from urllib.parse import urlparse

from pyramid.httpexceptions import HTTPFound
from pyramid.security import forget, remember
from pyramid.view import view_config

from ..resources import Node


def _check_password(request, login, password):
    users = request.registry.settings.get("kotti.users", {})
    return users.get(login) is not None and users[login] == password


@view_config(name="login", context=Node, renderer="kotti_cms:templates/login.pt")
def login(context, request):
    came_from = request.environ.get("kotti.came_from") or request.resource_url(context)
    login_name = request.POST.get("login", "")
    if "submit" in request.POST:
        if _check_password(request, login_name, request.POST.get("password", "")):
            headers = remember(request, login_name)
            # expect: open-redirect
            return HTTPFound(location=came_from, headers=headers)
        request.session.flash("Login failed.", "error")
    return {"url": request.application_url + "/@@login", "came_from": came_from, "login": login_name}


@view_config(name="logout", context=Node)
def logout(context, request):
    came_from = request.params.get("came_from", "")
    parts = urlparse(came_from)
    if not came_from or parts.netloc or parts.scheme:
        came_from = request.application_url
    return HTTPFound(location=came_from, headers=forget(request))
