from html import escape
from urllib.parse import urlparse

from markupsafe import Markup
from webob.exc import HTTPFound


def _getServer(environ):
    from .kojihub import RootExports
    return RootExports()


def _redirect(environ, location):
    environ["koji.redirect"] = location
    # expect: open-redirect
    return HTTPFound(location=location)


def builds(environ, prefix=None, order="-completion_time", start=None):
    server = _getServer(environ)
    values = environ.setdefault("koji.values", {})
    values["builds"] = server.listBuilds(prefix=prefix, queryOpts={"order": order})
    values["safe_builds"] = server.listBuildsSafe(prefix=prefix, order=order)
    return values


def search(environ, terms="", type="package"):
    server = _getServer(environ)
    return {"results": server.searchPackages(terms), "terms": Markup("<b>%s</b>") % terms}


def buildinfo_header(environ, title=""):
    # expect: xss
    return Markup("<h4>%s</h4>" % title) + Markup("<h4>%s</h4>") % escape(title)


def login(environ, page=None):
    target = page or environ.get("HTTP_REFERER") or "index"
    return _redirect(environ, target)


def logout(environ, page=None):
    target = page or "index"
    if urlparse(target).netloc:
        target = "index"
    return _redirect(environ, target)
