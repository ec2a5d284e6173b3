from functools import wraps

from django.core.exceptions import PermissionDenied
from modernrpc.core import REQUEST_KEY


def permissions_required(permissions):
    if isinstance(permissions, str):
        permissions = (permissions,)

    def decorator(function):
        @wraps(function)
        def wrapper(*args, **kwargs):
            request = kwargs.get(REQUEST_KEY)
            if request is None or not request.user.has_perms(permissions):
                raise PermissionDenied(f"{function.__name__} requires {permissions}")
            return function(*args, **kwargs)

        return wrapper

    return decorator
