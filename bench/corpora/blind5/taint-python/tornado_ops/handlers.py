"""Ops console: host diagnostics behind the VPN."""
import asyncio
import ipaddress
import os
import shlex

import tornado.web
from tornado.escape import xhtml_escape
from tornado.httpclient import AsyncHTTPClient
from tornado.template import Template

ALLOWED_SERVICES = ("nginx", "postgresql", "redis-server")
LOG_DIR = "/var/log/app"


class BaseHandler(tornado.web.RequestHandler):
    def arg(self, name, default=""):
        return self.get_argument(name, default).strip()


class PingHandler(BaseHandler):
    async def get(self):
        host = self.arg("host")
        # expect: command-injection
        proc = await asyncio.create_subprocess_shell("ping -c 3 " + host, stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        self.write({"output": out.decode()})


class PingSafeHandler(BaseHandler):
    async def get(self):
        host = str(ipaddress.ip_address(self.arg("host")))
        proc = await asyncio.create_subprocess_exec("ping", "-c", "3", host, stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        self.write({"output": out.decode()})


class ServiceStatusHandler(BaseHandler):
    def get(self, service):
        if service not in ALLOWED_SERVICES:
            raise tornado.web.HTTPError(404)
        status = os.popen(f"systemctl is-active {service}").read()
        self.write({"service": service, "status": status.strip()})


class RestartHandler(BaseHandler):
    def post(self):
        unit = self.get_body_argument("unit")
        # expect: command-injection
        rc = os.system("sudo systemctl restart %s" % unit)
        self.write({"rc": rc})


class RestartQuotedHandler(BaseHandler):
    def post(self):
        unit = self.get_body_argument("unit")
        rc = os.system("sudo systemctl restart %s" % shlex.quote(unit))
        self.write({"rc": rc})


class TailHandler(BaseHandler):
    def get(self):
        name = self.arg("log")
        # expect: path-traversal
        with open(os.path.join(LOG_DIR, name)) as fh:
            self.write("<pre>%s</pre>" % xhtml_escape(fh.read()[-4000:]))


class TailSafeHandler(BaseHandler):
    def get(self):
        name = os.path.basename(self.arg("log"))
        if not name.endswith(".log"):
            raise tornado.web.HTTPError(400)
        with open(os.path.join(LOG_DIR, name)) as fh:
            self.write("<pre>%s</pre>" % xhtml_escape(fh.read()[-4000:]))


class ProbeHandler(BaseHandler):
    async def get(self):
        url = self.arg("url")
        client = AsyncHTTPClient()
        # expect: ssrf
        resp = await client.fetch(url, request_timeout=3, raise_error=False)
        self.write({"code": resp.code})


class BannerHandler(BaseHandler):
    def get(self):
        title = self.arg("title", "Ops")
        # expect: template-injection
        self.finish(Template("<h1>" + title + "</h1>{{ now }}").generate(now="today"))


class BannerSafeHandler(BaseHandler):
    def get(self):
        title = self.arg("title", "Ops")
        self.finish(Template("<h1>{{ title }}</h1>").generate(title=title))


class EchoHandler(BaseHandler):
    def get(self):
        msg = self.get_query_argument("msg", "")
        # expect: xss
        self.write("<p>" + msg + "</p>")


class EchoSafeHandler(BaseHandler):
    def get(self):
        msg = self.get_query_argument("msg", "")
        self.write("<p>" + xhtml_escape(msg) + "</p>")


class GoHandler(BaseHandler):
    def get(self):
        # expect: open-redirect
        self.redirect(self.get_argument("to"))
