"""Login and short URL views."""
from urllib.parse import urlsplit

from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from pyramid.security import remember
from pyramid.view import view_config

from c2cgeoportal.models import DBSession, Shorturl


def _is_local(url):
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and url.startswith("/")


class Login:
    def __init__(self, request):
        self.request = request

    @view_config(route_name="login")
    def login(self):
        login = self.request.POST.get("login")
        user = self.request.registry.validate_user(self.request, login, self.request.POST.get("password"))
        headers = remember(self.request, user) if user else []
        came_from = self.request.params.get("came_from", "/")
        if user and _is_local(came_from):
            return HTTPFound(location=came_from, headers=headers)
        # expect: open-redirect
        return HTTPFound(location=came_from)

    @view_config(route_name="logout")
    def logout(self):
        came_from = self.request.params.get("came_from", "/")
        return HTTPFound(location=came_from if _is_local(came_from) else "/")


class Shortener:
    def __init__(self, request):
        self.request = request

    @view_config(route_name="shortener_create", renderer="json")
    def create(self):
        url = self.request.params["url"]
        ref = self.request.registry.random_ref()
        DBSession.add(Shorturl(url=url, ref=ref))
        return {"short_url": self.request.route_url("shortener_get", ref=ref)}

    @view_config(route_name="shortener_get")
    def get(self):
        short = DBSession.query(Shorturl).filter(Shorturl.ref == self.request.matchdict["ref"]).first()
        if short is None:
            raise HTTPNotFound()
        # expect: open-redirect
        return HTTPFound(location=short.url)
