import ipaddress
import socket
from urllib.parse import quote, urlparse

from tornado import web
from tornado.httpclient import AsyncHTTPClient, HTTPRequest


class BaseHandler(web.RequestHandler):
    @property
    def client(self):
        return self.settings.get("client") or AsyncHTTPClient()

    @property
    def localfile_path(self):
        return self.settings.get("localfile_path", "/srv/notebooks")

    async def fetch(self, url, **overrides):
        # expect: ssrf
        return await self.client.fetch(HTTPRequest(url, request_timeout=30, **overrides))

    async def fetch_public(self, url):
        host = urlparse(url).hostname or ""
        for info in socket.getaddrinfo(host, None):
            if not ipaddress.ip_address(info[4][0]).is_global:
                raise web.HTTPError(400, "private address")
        return await self.client.fetch(HTTPRequest(url, request_timeout=30, follow_redirects=False))

    def from_base(self, url):
        return self.settings.get("base_url", "/") + url.lstrip("/")

    def quoted_path(self, path):
        return quote(path, safe="/")
