"""A REST API for Salt on CherryPy (trimmed to a few endpoints)."""
import html
import os
import re

import cherrypy

import salt.auth
from salt.netapi.rest_cherrypy import tools
from salt.reactor.queue import REACTOR_QUEUE

JID_RE = re.compile(r"^\d{20}$")


class LowDataAdapter(object):
    exposed = True

    def __init__(self, opts):
        self.opts = opts

    @cherrypy.tools.salt_auth()
    def GET(self, tgt=None):
        if cherrypy.request.headers.get("Accept", "").startswith("text/html"):
            # expect: xss
            return "<html><body><h2>Targets for %s</h2></body></html>" % tgt
        return {"return": [{"tgt": tgt}]}


class Jobs(object):
    exposed = True

    def __init__(self, opts):
        self.opts = opts

    @cherrypy.tools.salt_auth()
    def GET(self, jid=None):
        return {"return": [tools.load_job_return(self.opts["cachedir"], jid)]}


class JobsChecked(Jobs):

    @cherrypy.tools.salt_auth()
    def GET(self, jid=None):
        if not jid or not JID_RE.match(jid):
            raise cherrypy.HTTPError(400)
        return {"return": [tools.load_job_return(self.opts["cachedir"], jid)]}


class Webhook(object):
    """Fire an event on the bus for /hook/<tag>; the reactor acts on it."""
    exposed = True

    def POST(self, *args, **kwargs):
        tag = "/".join(["salt", "netapi", "hook"] + list(args))
        data = cherrypy.request.json if hasattr(cherrypy.request, "json") else kwargs
        REACTOR_QUEUE.put({"tag": tag, "data": {"post": data, "headers": dict(cherrypy.request.headers)}})
        return {"success": True}


class Login(object):
    exposed = True

    def __init__(self, opts):
        self.auth = salt.auth.Resolver(opts)

    def POST(self, **kwargs):
        username = kwargs.get("username")
        eauth = kwargs.get("eauth") or "pam"
        token = self.auth.mk_token({"username": username, "password": kwargs.get("password"), "eauth": eauth})
        if not token:
            raise cherrypy.HTTPError(401)
        return {"return": [{"token": token["token"], "user": html.escape(username)}]}


def get_app(opts):
    root = LowDataAdapter(opts)
    root.jobs = Jobs(opts)
    root.jobs_checked = JobsChecked(opts)
    root.hook = Webhook()
    root.login = Login(opts)
    return root


def static_path(opts):
    return os.path.join(opts["rest_cherrypy"].get("static", "/srv/salt-ui"), "index.html")
