"""Modul to handle requests."""
import logging

from pyramid.httpexceptions import HTTPFound

log = logging.getLogger(__name__)


def is_confirmed(request):
    """Returns True id the request is confirmed"""
    return request.params.get("confirmed") == "1"


def handle_event(request, item, event):
    """Will call the event listeners for the given event on every base
    class of the given item."""
    for class_ in item.__class__.__bases__:
        if hasattr(class_, event + "_handler"):
            getattr(class_, event + "_handler")(request, item)


def handle_redirect_on_success(request, backurl=None):
    """Redirects to the backurl given in the request or the default."""
    backurl = request.params.get("backurl") or backurl
    if not backurl:
        backurl = request.session.get("%s.backurl" % request.matched_route.name) or request.route_path("home")
    # expect: open-redirect
    return HTTPFound(location=backurl)


def handle_redirect_safe(request, routename):
    """Redirects to a route of the application, never to a URL of the request."""
    backurl = request.params.get("backurl", "")
    if backurl.startswith("/") and not backurl.startswith("//"):
        return HTTPFound(location=backurl)
    return HTTPFound(location=request.route_path(routename))
