import functools
import json

import pecan


def get_requester():
    user = pecan.request.headers.get("X-Auth-User")
    if not user:
        user = "stanley"
    return user


def jsexpose(arg_types=None, body_cls=None, status_code=200):
    def decorate(fn):
        @pecan.expose("json")
        @functools.wraps(fn)
        def wrapper(self, *args, **kwargs):
            if body_cls is not None:
                body = json.loads(pecan.request.body or b"{}")
                args = (body,) + args
            pecan.response.status = status_code
            return fn(self, *args, **kwargs)

        return wrapper

    return decorate
