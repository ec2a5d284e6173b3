"""OGC proxy: forwards GetCapabilities/GetFeatureInfo to an OGC server."""
from urllib.parse import urlsplit

import requests
from pyramid.httpexceptions import HTTPBadRequest
from pyramid.response import Response
from pyramid.view import view_config

ALLOWED_HOSTS = ("wms.geo.admin.ch", "mapserver.internal")


class OGCProxy:
    def __init__(self, request):
        self.request = request
        self.settings = request.registry.settings.get("ogcproxy", {})

    def _target(self):
        url = self.request.params.get("url")
        if not url:
            url = self.settings.get("default_url", "http://mapserver.internal/mapserv")
        return url

    @view_config(route_name="ogcproxy")
    def proxy(self):
        params = {k: v for k, v in self.request.params.items() if k != "url"}
        # expect: ssrf
        resp = requests.get(self._target(), params=params, timeout=30)
        return Response(body=resp.content, content_type=resp.headers.get("Content-Type"))

    @view_config(route_name="ogcproxy_checked")
    def proxy_checked(self):
        url = self.request.params.get("url", "")
        if urlsplit(url).hostname not in ALLOWED_HOSTS:
            raise HTTPBadRequest("host not allowed")
        resp = requests.get(url, params={"SERVICE": "WMS", "REQUEST": "GetCapabilities"}, timeout=30)
        return Response(body=resp.content, content_type="application/xml")
