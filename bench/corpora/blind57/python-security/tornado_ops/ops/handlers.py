from urllib.parse import urlparse

import tornado.escape
import tornado.web

from .runner import CommandRunner

runner = CommandRunner()


class DigHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        rtype = self.get_query_argument("type", "A")
        self.write({"answer": runner.dig(name, rtype)})


class DigHandlerV2(tornado.web.RequestHandler):
    def get(self):
        self.write({"answer": runner.dig_argv(self.get_argument("name"), self.get_query_argument("type", "A"))})


class ServiceHandler(tornado.web.RequestHandler):
    def get(self, service):
        try:
            lines = int(self.get_argument("lines", "50"))
        except ValueError:
            lines = 50
        self.write({"status": runner.service_status(service), "journal": runner.journal(service, lines)})


class NextHandler(tornado.web.RequestHandler):
    def get(self):
        target = self.get_argument("next", None)
        if target is None:
            target = "/status"
        # expect: open-redirect
        self.redirect(target)


class NextHandlerV2(tornado.web.RequestHandler):
    def get(self):
        target = self.get_argument("next", "/status")
        parsed = urlparse(target)
        if parsed.scheme or parsed.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
            target = "/status"
        self.redirect(target)


class StatusPageHandler(tornado.web.RequestHandler):
    def get(self):
        banner = self.get_argument("banner", "")
        body = "<html><body>"
        for line in banner.split("|"):
            body += "<p>" + line + "</p>"
        body += "</body></html>"
        self.set_header("Content-Type", "text/html")
        # expect: xss
        self.write(body)


class StatusPageHandlerV2(tornado.web.RequestHandler):
    def get(self):
        banner = self.get_argument("banner", "")
        body = "".join("<p>" + tornado.escape.xhtml_escape(line) + "</p>" for line in banner.split("|"))
        self.set_header("Content-Type", "text/html")
        self.write("<html><body>" + body + "</body></html>")
