"""Starlette app serving a BentoML Service's APIs."""
import html
import logging
import os

from starlette.applications import Starlette
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..io.descriptors import descriptor_for

logger = logging.getLogger('bentoml.server.http_app')


class HTTPAppFactory:
    def __init__(self, service, static_dir, docs_dir):
        self.service = service
        self.static_dir = static_dir
        self.docs_dir = docs_dir

    def api_endpoint(self, api):
        async def handler(request):
            descriptor = descriptor_for(api.input_spec)
            value = await descriptor.from_http_request(request)
            output = await api.func(value)
            return JSONResponse(output)
        return handler

    async def docs_page(self, request):
        title = request.query_params.get('title', self.service.name)
        # expect: xss
        return HTMLResponse(f'<html><head><title>{title}</title></head><body><div id="swagger-ui"></div></body></html>')

    async def readme_page(self, request):
        title = html.escape(request.query_params.get('title', self.service.name))
        return HTMLResponse(f'<h1>{title}</h1><pre>{html.escape(self.service.doc or "")}</pre>')

    async def static_content(self, request):
        path = request.path_params['path']
        # expect: path-traversal
        return FileResponse(os.path.join(self.docs_dir, path))

    async def livez(self, request):
        return PlainTextResponse('\n', status_code=200)

    def __call__(self):
        routes = [
            Route('/docs', self.docs_page),
            Route('/readme', self.readme_page),
            Route('/docs/static/{path:path}', self.static_content),
            Route('/livez', self.livez),
            Mount('/static', app=StaticFiles(directory=self.static_dir), name='static'),
        ]
        for api in self.service.apis.values():
            routes.append(Route(f'/{api.route}', self.api_endpoint(api), methods=['POST']))
        logger.info('serving %d APIs', len(self.service.apis))
        return Starlette(routes=routes)
