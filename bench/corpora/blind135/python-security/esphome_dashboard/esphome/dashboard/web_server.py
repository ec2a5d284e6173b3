"""Tornado handlers of the ESPHome dashboard."""
import json

import requests
import tornado.escape
import tornado.web
import tornado.websocket

from esphome.dashboard import util
from esphome.dashboard.settings import settings

ALLOWED_IMPORT_HOSTS = ("github.com", "raw.githubusercontent.com")


class BaseHandler(tornado.web.RequestHandler):

    def render_error(self, configuration):
        # expect: xss
        self.write("<html><body><p>No such configuration: %s</p></body></html>" % configuration)

    def render_error_escaped(self, configuration):
        self.write("<p>No such configuration: %s</p>" % tornado.escape.xhtml_escape(configuration))


class EsphomeCommandWebSocket(tornado.websocket.WebSocketHandler):

    async def on_message(self, message):
        json_message = json.loads(message)
        command = self.build_command(json_message)
        self.proc = await self.runner(command)

    def build_command(self, json_message):
        raise NotImplementedError


class EsphomeLogsHandler(EsphomeCommandWebSocket):
    runner = staticmethod(util.run_command_line)

    def build_command(self, json_message):
        config_file = settings.rel_path(json_message["configuration"])
        return ["esphome", "--dashboard", "logs", config_file, "--device", json_message["port"]]


class EsphomeCompileHandler(EsphomeCommandWebSocket):
    runner = staticmethod(util.run_command_argv)

    def build_command(self, json_message):
        config_file = settings.rel_path(json_message["configuration"])
        return ["esphome", "--dashboard", "compile", config_file]


class EditRequestHandler(BaseHandler):

    @tornado.web.authenticated
    def post(self):
        configuration = self.get_argument("configuration")
        filename = settings.rel_path(configuration)
        # expect: path-traversal
        with open(filename, "wb") as handle:
            handle.write(self.request.body)

    @tornado.web.authenticated
    def get(self):
        configuration = self.get_argument("configuration")
        try:
            filename = settings.safe_rel_path(configuration)
        except ValueError:
            return self.render_error_escaped(configuration)
        with open(filename, encoding="utf-8") as handle:
            self.write(handle.read())


class ImportRequestHandler(BaseHandler):

    @tornado.web.authenticated
    def post(self):
        args = json.loads(self.request.body.decode())
        url = args.get("package_import_url")
        name = args.get("name") or "device"
        # expect: ssrf
        package = requests.get(url, timeout=10).text
        self.finish({"name": name, "size": len(package)})

    @tornado.web.authenticated
    def put(self):
        args = json.loads(self.request.body.decode())
        url = args.get("package_import_url", "")
        host = url.split("/")[2] if url.count("/") >= 2 else ""
        if host not in ALLOWED_IMPORT_HOSTS:
            raise tornado.web.HTTPError(400)
        self.finish({"size": len(requests.get(url, timeout=10).text)})


class InfoRequestHandler(BaseHandler):

    @tornado.web.authenticated
    def get(self):
        configuration = self.get_argument("configuration")
        self.render_error(configuration)
