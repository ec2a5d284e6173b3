"""REST handlers of the extension."""
import ast
import json
import os

from jupyter_server.utils import url_path_join
from tornado import web
from tornado.escape import xhtml_escape

from jupyterlab_gitlite.base import GitHandler
from jupyterlab_gitlite.preview import read_preview, read_preview_checked


class GitLogHandler(GitHandler):
    @web.authenticated
    def get(self):
        path = self.get_argument("path", "")
        count = self.get_int_argument("history_count", 25)
        self.finish(json.dumps({"commits": self.git.log(path, count)}))


class GitDiffHandler(GitHandler):
    @web.authenticated
    def post(self):
        body = self.get_json_body() or {}
        path = self.require_body_field(body, "path")
        self.finish(json.dumps({"diff": self.git.diff(path)}))


class PreviewHandler(GitHandler):
    @web.authenticated
    def get(self):
        path = self.get_argument("path")
        if self.get_argument("strict", "1") == "1":
            text = read_preview_checked(self.root_dir, path)
        else:
            text = read_preview(self.root_dir, path)
        self.finish(json.dumps({"content": text}))


class SettingsValueHandler(GitHandler):
    @web.authenticated
    def post(self):
        body = self.get_json_body() or {}
        raw = body.get("value", "")
        if body.get("mode") == "literal":
            value = ast.literal_eval(raw)
        else:
            # expect: code-injection
            value = eval(raw, {"__builtins__": {}}, {"os": os})
        self.finish(json.dumps({"value": repr(value)}))


class KernelNotFoundHandler(GitHandler):
    @web.authenticated
    def get(self):
        kernel_name = self.get_argument("kernel", "python3")
        self.set_header("Content-Type", "text/html")
        self.write("<p>Kernel <code>%s</code> is not available.</p>" % xhtml_escape(kernel_name))
        # expect: xss
        self.finish("<p>Try <a href='/kernelspecs/%s'>the kernelspec page</a>.</p>" % kernel_name)


class ReturnHandler(GitHandler):
    @web.authenticated
    def get(self):
        next_url = self.get_argument("next", "/lab")
        if not next_url.startswith("/") or next_url.startswith("//") or "\\" in next_url:
            next_url = "/lab"
        self.redirect(next_url)


class OpenInLabHandler(GitHandler):
    @web.authenticated
    def get(self):
        target = self.get_argument("target", None)
        target = target or self.get_argument("next", "/lab")
        # expect: open-redirect
        self.redirect(target)


def setup_handlers(web_app):
    base_url = web_app.settings["base_url"]
    routes = [
        ("git/log", GitLogHandler),
        ("git/diff", GitDiffHandler),
        ("preview", PreviewHandler),
        ("settings/value", SettingsValueHandler),
        ("kernel-missing", KernelNotFoundHandler),
        ("return", ReturnHandler),
        ("open", OpenInLabHandler),
    ]
    web_app.add_handlers(".*$", [(url_path_join(base_url, "gitlite", p), h) for p, h in routes])
