"""Base endpoint (aiohttp), shaped on tribler_core.restapi.rest_endpoint."""
import json

from aiohttp import web


class RESTEndpoint:
    def __init__(self, session):
        self.session = session
        self.app = web.Application()
        self.setup_routes()

    def setup_routes(self):
        pass


class RESTResponse(web.Response):
    def __init__(self, body=None, status=200, **kwargs):
        super().__init__(body=json.dumps(body), status=status, content_type="application/json", **kwargs)
