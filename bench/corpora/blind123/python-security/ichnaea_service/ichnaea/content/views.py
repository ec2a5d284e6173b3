"""Content views of the website (pyramid)."""
from urllib.parse import urlsplit

from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config


@view_config(route_name="map_language")
def map_language_view(request):
    request.response.set_cookie("lang", request.params.get("lang", "en")[:5])
    return_to = request.params.get("return_to") or request.route_url("homepage")
    # expect: open-redirect
    return HTTPFound(location=return_to, headers=request.response.headers)


@view_config(route_name="stats_language")
def stats_language_view(request):
    return_to = request.params.get("return_to", "/")
    parts = urlsplit(return_to)
    if parts.scheme or parts.netloc:
        return_to = request.route_url("stats")
    return HTTPFound(location=return_to)
