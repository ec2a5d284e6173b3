"""Policy decorator in the shape of cyborg.common.policy.authorize_wsgi."""
import functools

import pecan


def authorize_wsgi(api_name, act):
    def wrapper(fn):
        @functools.wraps(fn)
        def handle(self, *args, **kwargs):
            creds = pecan.request.context.to_policy_values()
            if not pecan.request.enforcer.enforce(f"{api_name}:{act}", {}, creds):
                pecan.abort(403)
            return fn(self, *args, **kwargs)
        return handle
    return wrapper
