import functools

import cherrypy


def require_login(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if not cherrypy.session.get("login_ok"):
            raise cherrypy.HTTPRedirect("login")
        return fn(*args, **kwargs)
    return wrapper
