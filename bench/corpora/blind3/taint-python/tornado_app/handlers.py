"""Tornado handlers for the device console."""

from __future__ import annotations

import subprocess

import tornado.web
from tornado.escape import xhtml_escape

DEVICES = {"router-1": "10.0.0.1", "router-2": "10.0.0.2"}


class StatusHandler(tornado.web.RequestHandler):
    def get(self):
        device = self.get_argument("device")
        # expect: xss
        self.write("<h3>Status for " + device + "</h3>")

    def post(self):
        device = self.get_body_argument("device")
        self.write("<h3>Status for " + xhtml_escape(device) + "</h3>")


class TracerouteHandler(tornado.web.RequestHandler):
    def get(self):
        target = self.get_query_argument("target")
        # expect: command-injection
        out = subprocess.getoutput("traceroute -m 10 " + target)
        self.set_header("Content-Type", "text/plain")
        self.write(out)


class KnownTracerouteHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_query_argument("device")
        ip = DEVICES.get(name)
        if ip is None:
            raise tornado.web.HTTPError(404)
        out = subprocess.getoutput("traceroute -m 10 " + ip)
        self.write(out)


class JumpHandler(tornado.web.RequestHandler):
    def get(self):
        url = self.get_argument("u", "/")
        # expect: open-redirect
        self.redirect(url)


class ConfigHandler(tornado.web.RequestHandler):
    def get(self, device):
        # expect: path-traversal
        with open(f"/srv/configs/{device}.conf") as fh:
            self.write(fh.read())
