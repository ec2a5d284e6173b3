# library: tornado
from urllib.parse import quote

from tornado.httpclient import AsyncHTTPClient
from tornado.web import Application, HTTPError, RequestHandler

CDN_HOSTS = {"img": "https://img.example-cdn.com", "static": "https://static.example-cdn.com"}


class ProxyHandler(RequestHandler):
    async def get(self):
        url = self.get_argument("url")
        # expect: ssrf
        resp = await AsyncHTTPClient().fetch(url, request_timeout=10)
        self.set_header("Content-Type", resp.headers.get("Content-Type", "application/octet-stream"))
        self.write(resp.body)


class CdnHandler(RequestHandler):
    async def get(self):
        host = CDN_HOSTS.get(self.get_argument("bucket", "img"))
        if host is None:
            raise HTTPError(404)
        path = quote(self.get_argument("path"), safe="/")
        resp = await AsyncHTTPClient().fetch(f"{host}/{path.lstrip('/')}", request_timeout=10)
        self.write(resp.body)


class AvatarHandler(RequestHandler):
    async def get(self):
        host = self.get_argument("host")
        # expect: ssrf
        resp = await AsyncHTTPClient().fetch(f"http://{host}/avatar.png", request_timeout=5)
        self.write(resp.body)


def make_app():
    return Application([(r"/proxy", ProxyHandler), (r"/cdn", CdnHandler), (r"/avatar", AvatarHandler)])
