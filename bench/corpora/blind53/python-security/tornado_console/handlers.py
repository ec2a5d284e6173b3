"""HTTP handlers of the ops console."""
import os

import tornado.web
from tornado.escape import xhtml_escape

SNAPSHOT_DIR = "/var/lib/console/snapshots"


class SnapshotHandler(tornado.web.RequestHandler):
    def get(self, name):
        path = os.path.join(SNAPSHOT_DIR, name + ".json")
        # expect: path-traversal
        with open(path) as fh:
            self.write(fh.read())


class SafeSnapshotHandler(tornado.web.RequestHandler):
    def get(self, name):
        base = os.path.realpath(SNAPSHOT_DIR)
        path = os.path.realpath(os.path.join(base, name + ".json"))
        if not path.startswith(base + os.sep):
            raise tornado.web.HTTPError(404)
        with open(path) as fh:
            self.write(fh.read())


class BannerHandler(tornado.web.RequestHandler):
    def get(self):
        msg = self.get_query_argument("msg", "")
        # expect: xss
        self.write("<div class='banner'>" + msg + "</div>")


class SafeBannerHandler(tornado.web.RequestHandler):
    def get(self):
        msg = self.get_query_argument("msg", "")
        self.write("<div class='banner'>" + xhtml_escape(msg) + "</div>")


class BackHandler(tornado.web.RequestHandler):
    def get(self):
        # expect: open-redirect
        self.redirect(self.get_argument("back", "/"))


class SafeBackHandler(tornado.web.RequestHandler):
    def get(self):
        back = self.get_argument("back", "/")
        if back.startswith("/") and not back.startswith("//"):
            self.redirect(back)
        else:
            self.redirect("/")


class TraceHandler(tornado.web.RequestHandler):
    def get(self):
        trace = self.request.headers.get("X-Trace-Id", "")
        # expect: header-injection
        self.set_header("X-Trace-Echo", trace)
        self.write("ok")
