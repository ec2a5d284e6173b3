"""``/hub/api/proxy`` and a service health check."""
import json

from tornado import web
from tornado.httpclient import AsyncHTTPClient

from jupyterhub_hub.handlers.base import BaseHandler


class APIHandler(BaseHandler):
    def get_json_body(self):
        if not self.request.body:
            return None
        return json.loads(self.request.body.decode("utf8", "replace"))


class ServiceHealthAPIHandler(APIHandler):
    @web.authenticated
    async def post(self):
        model = self.get_json_body() or {}
        url = model.get("url", "")
        client = AsyncHTTPClient()
        # expect: ssrf
        resp = await client.fetch(url, raise_error=False, request_timeout=5)
        self.finish({"code": resp.code})


class ServiceCheckAPIHandler(APIHandler):
    @web.authenticated
    async def post(self, service_name):
        service = self.settings["services"].get(service_name)
        if service is None:
            raise web.HTTPError(404)
        resp = await AsyncHTTPClient().fetch(service.url + "/health", raise_error=False, request_timeout=5)
        self.finish({"code": resp.code})
