"""Resource base and the route-description decorator (CherryPy dispatch)."""
import functools

import cherrypy


class Resource:
    resourceName = None

    def route(self, method, path, handler):
        setattr(self, f"_{method.lower()}_{'_'.join(path) or 'root'}", handler)

    def getCurrentUser(self):
        return getattr(cherrypy.request, "girderUser", None)

    def setRawResponse(self):
        cherrypy.response.headers["Content-Type"] = "application/octet-stream"


def autoDescribeRoute(description):
    """Coerce the declared params from ``cherrypy.request.params`` and pass them as kwargs."""
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(self, *args, **kwargs):
            params = dict(cherrypy.request.params)
            for name, dtype, default in description.params:
                value = params.get(name, default)
                if dtype == "integer" and value is not None:
                    value = int(value)
                kwargs[name] = value
            return fn(self, *args, **kwargs)
        return wrapper
    return decorator


class Description:
    def __init__(self, summary):
        self.summary = summary
        self.params = []

    def param(self, name, description, dataType="string", required=True, default=None):
        self.params.append((name, dataType, default))
        return self
