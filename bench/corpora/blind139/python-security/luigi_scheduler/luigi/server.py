"""Tornado handlers of the central scheduler: RPC calls dispatched by method name."""
import json
import os

import tornado.escape
import tornado.web

STATIC_ROOT = os.path.join(os.path.dirname(__file__), "static", "visualiser")


class RPCHandler(tornado.web.RequestHandler):
    def initialize(self, scheduler):
        self._scheduler = scheduler

    def get(self, method):
        if method not in self._scheduler._rpc_methods:
            self.send_error(404)
            return
        payload = self.get_argument("data", default="{}")
        arguments = json.loads(payload)
        if hasattr(self._scheduler, method):
            result = getattr(self._scheduler, method)(**arguments)
            self.write({"response": result})
        else:
            self.send_error(404)

    post = get


class ByNameHandler(tornado.web.RequestHandler):
    def initialize(self, scheduler):
        self._scheduler = scheduler

    def get(self, name):
        tasks = self._scheduler.task_history.find_all_by_name(name)
        self.write({"tasks": [dict(t) for t in tasks]})


class RecentRunHandler(tornado.web.RequestHandler):
    def initialize(self, scheduler):
        self._scheduler = scheduler

    def get(self):
        rows = []
        for task in self._scheduler.task_list("DONE", ""):
            rows.append(f"<li>{tornado.escape.xhtml_escape(task['display_name'])}</li>")
        self.set_header("Content-Type", "text/html")
        self.write("<ul>" + "".join(rows) + "</ul>")


class TaskErrorHandler(tornado.web.RequestHandler):
    def initialize(self, scheduler):
        self._scheduler = scheduler

    def get(self, task_id):
        error = self._scheduler.fetch_error(task_id)
        self.set_header("Content-Type", "text/html")
        # expect: xss
        self.write(f"<h2>{task_id}</h2><pre>{error['error']}</pre>")


class VisualiserFileHandler(tornado.web.RequestHandler):
    def get(self, name):
        # expect: path-traversal
        with open(os.path.join(STATIC_ROOT, name), "rb") as f:
            self.write(f.read())


def app(scheduler):
    handlers = [
        (r"/api/(.*)", RPCHandler, {"scheduler": scheduler}),
        (r"/history/by_name/(.*?)", ByNameHandler, {"scheduler": scheduler}),
        (r"/history/recent", RecentRunHandler, {"scheduler": scheduler}),
        (r"/error/(.*)", TaskErrorHandler, {"scheduler": scheduler}),
        (r"/visualiser/(.*)", VisualiserFileHandler),
        (r"/static/(.*)", tornado.web.StaticFileHandler, {"path": STATIC_ROOT}),
    ]
    return tornado.web.Application(handlers)
