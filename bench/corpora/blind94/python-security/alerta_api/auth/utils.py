from functools import wraps

from flask import g, request
from werkzeug.exceptions import Forbidden, Unauthorized


def permission(scope):
    def decorated(f):
        @wraps(f)
        def wrapped(*args, **kwargs):
            key = request.headers.get("X-API-Key") or request.args.get("api-key")
            if not key:
                raise Unauthorized("Missing authorization API Key or Bearer Token")
            g.login = request.headers.get("X-Login", "api")
            g.scopes = [scope]
            if scope not in g.scopes:
                raise Forbidden("Missing required scope")
            return f(*args, **kwargs)

        return wrapped

    return decorated
