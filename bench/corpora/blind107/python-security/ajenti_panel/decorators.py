"""Routing and endpoint decorators in the manner of aj.api.http."""
import functools
import json


def url(pattern):
    def decorator(fn):
        fn.url_pattern = pattern
        return fn
    return decorator


def endpoint(page=False, api=False, auth=True):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(self, http_context, *args, **kwargs):
            if auth and not http_context.env.get("panel.auth.user"):
                http_context.respond_forbidden()
                return [b"forbidden"]
            result = fn(self, http_context, *args, **kwargs)
            if api:
                http_context.respond_ok()
                return [json.dumps(result).encode()]
            return [result.encode() if isinstance(result, str) else result]
        return wrapper
    return decorator
