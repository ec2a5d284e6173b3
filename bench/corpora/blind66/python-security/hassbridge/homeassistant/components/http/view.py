"""Base class for HTTP views; mirrors the aiohttp request handling of the core."""
import json
from http import HTTPStatus

from aiohttp import web


class HomeAssistantView:
    url: str = ""
    extra_urls: list = []
    name: str = ""
    requires_auth = True

    @staticmethod
    def json(result, status_code=HTTPStatus.OK, headers=None):
        return web.Response(
            body=json.dumps(result, default=str), content_type="application/json", status=int(status_code), headers=headers
        )

    @staticmethod
    def json_message(message, status_code=HTTPStatus.OK):
        return HomeAssistantView.json({"message": message}, status_code)

    def register(self, app, router):
        for method in ("get", "post", "delete", "put"):
            handler = getattr(self, method, None)
            if handler is None:
                continue
            for url in [self.url, *self.extra_urls]:
                router.add_route(method.upper(), url, handler)
