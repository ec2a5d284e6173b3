"""Falcon glue: wraps falcon requests in the API's ASGIAdaptor."""
import logging
import os

import falcon
from falcon.asgi import App, Request, Response

from ...api.v1 import server_glue as glue
from ...api.v1.format import format_debug_html
from ...api.status import StatusQueries

LOG = logging.getLogger('nominatim.server')


class ParamWrapper(glue.ASGIAdaptor):
    def __init__(self, req: Request, resp: Response):
        self.request = req
        self.response = resp

    def get(self, name, default=None):
        return self.request.get_param(name, default=default)

    def get_header(self, name, default=None):
        return self.request.get_header(name, default=default)

    def error(self, msg, status=400):
        return falcon.HTTPError(status, title='Bad request', description=msg)

    def create_response(self, status, output, content_type):
        self.response.status = status
        self.response.text = output
        self.response.content_type = content_type


class EndpointWrapper:
    def __init__(self, name, func, api):
        self.name = name
        self.func = func
        self.api = api

    async def on_get(self, req: Request, resp: Response):
        await self.func(self.api, ParamWrapper(req, resp))


class DebugSearch:
    def __init__(self, api):
        self.api = api

    async def on_get(self, req: Request, resp: Response):
        query = req.get_param('q', default='')
        results = await self.api.search(query)
        resp.content_type = 'text/html; charset=utf-8'
        resp.text = format_debug_html(query, results)


class UiFile:
    def __init__(self, ui_dir):
        self.ui_dir = ui_dir

    async def on_get(self, req: Request, resp: Response, filename):
        path = os.path.join(self.ui_dir, filename)
        # expect: path-traversal
        with open(path, 'rb') as fd:
            resp.data = fd.read()
        resp.content_type = falcon.MEDIA_HTML if filename.endswith('.html') else 'application/octet-stream'


class Deletable:
    def __init__(self, api):
        self.status = StatusQueries(api)

    async def on_get(self, req: Request, resp: Response):
        days = req.get_param('days', default='7')
        resp.media = await self.status.deletable_since(days)


def get_application(api, ui_dir, static_dir):
    app = App(cors_enable=True)
    for name, func in glue.ROUTES:
        app.add_route(f'/{name}', EndpointWrapper(name, func, api))
    app.add_route('/debug/search', DebugSearch(api))
    app.add_route('/ui/{filename}', UiFile(ui_dir))
    app.add_route('/deletable', Deletable(api))
    app.add_static_route('/static', static_dir)
    LOG.info('Nominatim falcon app ready')
    return app
