"""Auth decorator for the CherryPy web interface."""
import functools

import cherrypy


def requireAuth(*conditions):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            session = cherrypy.session if hasattr(cherrypy, "session") else {}
            if not session.get("user"):
                raise cherrypy.HTTPRedirect("/auth/login")
            return fn(*args, **kwargs)
        return wrapper
    return decorate
