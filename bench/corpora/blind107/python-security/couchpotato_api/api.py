"""API views registered by name; the tornado handler passes query arguments as kwargs."""
from .helpers_request import getParams

api_views = {}


def addApiView(route, func, docs=None):
    api_views[route] = func


def dispatch(route, request_arguments):
    kwargs = getParams(request_arguments)
    return api_views[route](**kwargs)
