"""Client side of the engine RPC API (a direct-call stand-in)."""
from senlin.engine import service

_ENGINE = service.EngineService()


class EngineClient(object):

    def __init__(self):
        self._engine = _ENGINE

    def call(self, ctxt, method, req):
        handler = getattr(self._engine, method)
        return handler(ctxt, **req)
