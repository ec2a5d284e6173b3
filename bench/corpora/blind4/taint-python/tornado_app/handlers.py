"""Tornado handlers for the live-dashboard service."""
import json
import os
import sqlite3

import tornado.web
from tornado.escape import xhtml_escape
from tornado.httpclient import AsyncHTTPClient
from tornado.template import Template

DB = sqlite3.connect(os.environ.get("DASH_DB", "dash.db"))
PANEL_DIR = "/srv/dash/panels"


class PanelHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        # expect: tainted-path
        with open(os.path.join(PANEL_DIR, name + ".json")) as fh:
            self.write(json.load(fh))


class SafePanelHandler(tornado.web.RequestHandler):
    def get(self):
        name = os.path.basename(self.get_argument("name"))
        with open(os.path.join(PANEL_DIR, name + ".json")) as fh:
            self.write(json.load(fh))


class MetricHandler(tornado.web.RequestHandler):
    def get(self, metric):
        since = self.get_query_argument("since", "0")
        # expect: tainted-sql
        rows = DB.execute("SELECT ts, value FROM points WHERE metric = '" + metric + "' AND ts > " + since).fetchall()
        self.write({"points": rows})


class SafeMetricHandler(tornado.web.RequestHandler):
    def get(self, metric):
        since = int(self.get_query_argument("since", "0"))
        rows = DB.execute("SELECT ts, value FROM points WHERE metric = ? AND ts > ?", (metric, since)).fetchall()
        self.write({"points": rows})


class TitleHandler(tornado.web.RequestHandler):
    def get(self):
        title = self.get_argument("title", "Dashboard")
        # expect: tainted-xss
        self.write("<h1>" + title + "</h1>")


class SafeTitleHandler(tornado.web.RequestHandler):
    def get(self):
        title = self.get_argument("title", "Dashboard")
        self.write("<h1>" + xhtml_escape(title) + "</h1>")


class WidgetHandler(tornado.web.RequestHandler):
    def post(self):
        source = self.get_body_argument("template")
        # expect: tainted-template
        self.write(Template(source).generate(user=self.current_user))


class FetchHandler(tornado.web.RequestHandler):
    async def get(self):
        url = self.get_argument("url")
        # expect: tainted-ssrf
        resp = await AsyncHTTPClient().fetch(url, request_timeout=5)
        self.write(resp.body)


class GoHandler(tornado.web.RequestHandler):
    def get(self):
        # expect: tainted-redirect
        self.redirect(self.get_argument("to", "/"))


class HomeHandler(tornado.web.RequestHandler):
    def get(self):
        self.redirect("/dashboards")


def make_app():
    return tornado.web.Application([
        (r"/panel", PanelHandler), (r"/panel2", SafePanelHandler),
        (r"/metric/(\w+)", MetricHandler), (r"/metric2/(\w+)", SafeMetricHandler),
        (r"/title", TitleHandler), (r"/title2", SafeTitleHandler),
        (r"/widget", WidgetHandler), (r"/fetch", FetchHandler),
        (r"/go", GoHandler), (r"/", HomeHandler),
    ])
