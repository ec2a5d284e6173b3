"""CherryPy pages and the api entry point."""
import functools

import cherrypy

from . import api

API_KEY = "0123"


def secured_expose(wrap_func=None, check_api_key=False):
    if wrap_func is None:
        return functools.partial(secured_expose, check_api_key=check_api_key)
    wrap_func.exposed = True

    @functools.wraps(wrap_func)
    def internal_wrap(*args, **kwargs):
        if check_api_key and kwargs.get("apikey") != API_KEY:
            return "API Key Incorrect"
        return wrap_func(*args, **kwargs)
    internal_wrap.exposed = True
    return internal_wrap


class MainPage:
    @secured_expose(check_api_key=True)
    def api(self, **kwargs):
        mode = kwargs.get("mode", "")
        handler = api.API_TABLE.get(mode)
        if handler is None:
            return api.report("not implemented")
        return handler(kwargs.get("name"), kwargs)

    @secured_expose
    def login(self, **kwargs):
        target = kwargs.get("next") or "./"
        if not target.startswith("./") and not target.startswith("/sabnzbd/"):
            target = "./"
        raise cherrypy.HTTPRedirect(target)
