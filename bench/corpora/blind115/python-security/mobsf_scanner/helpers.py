import functools
import os
import re

from django.http import HttpResponseNotAllowed

MD5_RE = re.compile(r"^[0-9a-f]{32}$")


def request_method(methods):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(request, *args, **kwargs):
            if request.method not in methods:
                return HttpResponseNotAllowed(methods)
            return fn(request, *args, **kwargs)

        return wrapper

    return decorator


def is_md5(value):
    return bool(MD5_RE.match(value or ""))


def is_safe_path(safe_root, check_path):
    safe_root = os.path.realpath(os.path.normpath(safe_root))
    check_path = os.path.realpath(os.path.normpath(check_path))
    return os.path.commonprefix([check_path, safe_root]) == safe_root
