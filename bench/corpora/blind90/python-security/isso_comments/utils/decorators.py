"""requires(type, param): reads a query parameter into the view's arguments."""
import functools

from werkzeug.exceptions import BadRequest


def requires(type_, param):
    def dec(func):
        @functools.wraps(func)
        def inner(self, environ, request, *args, **kwargs):
            if param not in request.args:
                raise BadRequest("missing %s query parameter" % param)
            try:
                kwargs[param] = type_(request.args[param])
            except (ValueError, TypeError):
                raise BadRequest("invalid type for %s, expected %s" % (param, type_))
            return func(self, environ, request, *args, **kwargs)
        return inner
    return dec
