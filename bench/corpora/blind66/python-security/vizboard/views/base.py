"""Base view class: routing helpers, JSON responses, access checks."""
import functools
import json

from flask import Response, abort, g

from vizboard.extensions import event_logger


def expose(url, methods=("GET",)):
    def wrap(f):
        f._urls = getattr(f, "_urls", []) + [(url, methods)]
        return f

    return wrap


def has_access(f):
    @functools.wraps(f)
    def wraps(self, *args, **kwargs):
        if getattr(g, "user", None) is None:
            abort(401)
        return f(self, *args, **kwargs)

    return wraps


def log_this(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        value = f(*args, **kwargs)
        event_logger.log(f.__name__)
        return value

    return wrapper


def json_response(obj, status=200):
    return Response(json.dumps(obj, default=str), status=status, mimetype="application/json")


class BaseVizboardView:
    route_base = ""

    @classmethod
    def register(cls, app):
        view = cls()
        for name in dir(cls):
            method = getattr(view, name)
            for url, methods in getattr(method, "_urls", []):
                app.add_url_rule(cls.route_base + url, f"{cls.__name__}.{name}", method, methods=list(methods))
