"""API decorators."""
import functools

from flask import request

from ..app.config import settings


def authenticate(actual_method):
    @functools.wraps(actual_method)
    def wrapper(*args, **kwargs):
        apikey = request.headers.get("X-API-KEY") or request.args.get("apikey")
        if apikey != settings["auth"]["apikey"]:
            return "Unauthorized", 401
        return actual_method(*args, **kwargs)
    return wrapper


def postprocess(item):
    item["path"] = item.get("path", "").replace("\\", "/")
    return item
