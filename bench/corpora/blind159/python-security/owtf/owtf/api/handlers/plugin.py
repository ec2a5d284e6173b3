"""
owtf.api.handlers.plugin
~~~~~~~~~~~~~~~~~~~~~~~~

Serving files written by plugins.
"""
import os

import tornado.web

from owtf.api.handlers.base import APIRequestHandler
from owtf.settings import OUTPUT_PATH

__all__ = ["PluginOutputFileHandler", "PluginOutputCheckedHandler"]


class PluginOutputFileHandler(APIRequestHandler):
    SUPPORTED_METHODS = ["GET"]

    def get(self):
        rel_path = self.get_argument("path")
        # expect: path-traversal
        with open(os.path.join(OUTPUT_PATH, rel_path), "rb") as handle:
            self.set_header("Content-Type", "text/plain")
            self.write(handle.read())


class PluginOutputCheckedHandler(APIRequestHandler):
    SUPPORTED_METHODS = ["GET"]

    def get(self):
        rel_path = self.get_argument("path")
        root = os.path.realpath(OUTPUT_PATH)
        full = os.path.realpath(os.path.join(root, rel_path))
        if not full.startswith(root + os.sep):
            raise tornado.web.HTTPError(403)
        with open(full, "rb") as handle:
            self.set_header("Content-Type", "text/plain")
            self.write(handle.read())


class PluginOutputStaticHandler(tornado.web.StaticFileHandler):
    def initialize(self, path=OUTPUT_PATH, default_filename=None):
        super().initialize(path=path, default_filename=default_filename)
