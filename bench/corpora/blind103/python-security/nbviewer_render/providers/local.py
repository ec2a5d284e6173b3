import os
import subprocess

from tornado import web

from ..base import BaseHandler
from ..render import breadcrumb, render_notebook


class LocalFileHandler(BaseHandler):
    def get(self, path):
        fullpath = os.path.join(self.localfile_path, path)
        # expect: path-traversal
        with open(fullpath, encoding="utf-8") as fh:
            nb_json = fh.read()
        self.finish(breadcrumb(path, self.from_base("/localfile/" + path)) + render_notebook(nb_json))


class CheckedLocalFileHandler(BaseHandler):
    def get(self, path):
        base = os.path.realpath(self.localfile_path)
        fullpath = os.path.realpath(os.path.join(base, path))
        if os.path.commonpath([base, fullpath]) != base:
            raise web.HTTPError(404)
        with open(fullpath, encoding="utf-8") as fh:
            self.finish(render_notebook(fh.read()))


class LocalGitLogHandler(BaseHandler):
    def get(self, path):
        repo = os.path.join(self.localfile_path, path.split("/")[0])
        ref = self.get_query_argument("ref", "HEAD")
        argv_log = subprocess.run(["git", "-C", repo, "log", "--oneline", ref, "--"], capture_output=True, text=True).stdout
        # expect: command-injection
        shell_log = subprocess.run("git -C %s log --oneline %s" % (repo, ref), shell=True, capture_output=True, text=True).stdout
        self.finish({"log": argv_log, "shell": shell_log})
