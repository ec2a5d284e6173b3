import json

import aiohttp.web


class ClassMethodRouteTable:
    _routes = []

    @classmethod
    def get(cls, path):
        return cls._decorate("GET", path)

    @classmethod
    def post(cls, path):
        return cls._decorate("POST", path)

    @classmethod
    def _decorate(cls, method, path):
        def wrapper(handler):
            cls._routes.append((method, path, handler.__name__))
            return handler
        return wrapper


def rest_response(success, message, **kwargs):
    return aiohttp.web.json_response({"result": success, "msg": message, "data": kwargs}, dumps=json.dumps)
