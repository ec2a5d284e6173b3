"""Runner app: the API server sends batches to runner workers over HTTP."""
import json
import logging
import pickle

from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

logger = logging.getLogger('bentoml.server.runner_app')


class RunnerApp:
    def __init__(self, runner):
        self.runner = runner

    async def run_pickled(self, request):
        body = await request.body()
        # expect: deserialization
        params = pickle.loads(body)
        result = await self.runner.run_method(request.path_params['method'], *params['args'], **params['kwargs'])
        return Response(pickle.dumps(result), media_type='application/vnd.bentoml.pickled')

    async def run_json(self, request):
        params = json.loads(await request.body())
        result = await self.runner.run_method(request.path_params['method'], *params['args'], **params['kwargs'])
        return Response(json.dumps(result), media_type='application/json')

    async def healthz(self, request):
        return Response('ok')

    def __call__(self):
        routes = [
            Route('/{method}/pickled', self.run_pickled, methods=['POST']),
            Route('/{method}', self.run_json, methods=['POST']),
            Route('/healthz', self.healthz),
        ]
        logger.info('runner %s ready', self.runner.name)
        return Starlette(routes=routes)
