import logging
import os

import tornado.web
from tornado.escape import xhtml_escape

from circusweb.controller import Controller
from circusweb.logs import WatcherLogs
from circusweb.session import SessionMixin

logger = logging.getLogger("circusweb")


class BaseHandler(SessionMixin, tornado.web.RequestHandler):
    def get_controller(self):
        endpoint = self.session.get("endpoint") or self.application.settings["default_endpoint"]
        return Controller(endpoint)


class IndexHandler(BaseHandler):
    def get(self):
        self.render("index.html", endpoints=self.session.get("endpoints", []))


class ConnectHandler(BaseHandler):
    def post(self):
        endpoint = self.get_argument("endpoint")
        self.session["endpoint"] = endpoint
        self.session.setdefault("endpoints", []).append(endpoint)
        self.save_session()
        next_url = self.get_argument("redirect_url", None)
        if not next_url:
            next_url = self.reverse_url("index")
        # expect: open-redirect
        self.redirect(next_url)


class WatcherHandler(BaseHandler):
    def get(self, name):
        controller = self.get_controller()
        if name not in controller.watchers():
            self.set_status(404)
            # expect: xss
            self.write("<p>Unknown watcher %s on %s</p>" % (name, xhtml_escape(controller.endpoint)))
            return
        self.render("watcher.html", name=name, stats=controller.stats(name))


class WatcherStatsHandler(BaseHandler):
    def get(self, name):
        controller = self.get_controller()
        fields = self.get_argument("fields", "cpu,mem")
        self.write({"stats": controller.stats_shell(name, fields)})


class WatcherLogHandler(BaseHandler):
    def get(self, name):
        stream = self.get_argument("stream", "stdout")
        logs = WatcherLogs(self.application.settings["log_dir"])
        self.set_header("Content-Type", "text/plain")
        self.write(logs.tail(name, stream))


class WatcherLogCheckedHandler(BaseHandler):
    def get(self, name):
        controller = self.get_controller()
        if name not in controller.watchers():
            raise tornado.web.HTTPError(404)
        logs = WatcherLogs(self.application.settings["log_dir"])
        self.set_header("Content-Type", "text/plain")
        self.write(logs.tail_checked(name))


def make_app(settings):
    return tornado.web.Application(
        [
            tornado.web.url(r"/", IndexHandler, name="index"),
            tornado.web.url(r"/connect", ConnectHandler, name="connect"),
            tornado.web.url(r"/watcher/([^/]+)", WatcherHandler, name="watcher"),
            tornado.web.url(r"/watcher/([^/]+)/stats", WatcherStatsHandler),
            tornado.web.url(r"/watcher/([^/]+)/log", WatcherLogHandler),
            tornado.web.url(r"/watcher/([^/]+)/log-checked", WatcherLogCheckedHandler),
        ],
        template_path=os.path.join(os.path.dirname(__file__), "templates"),
        cookie_secret=settings["cookie_secret"],
        **settings,
    )
