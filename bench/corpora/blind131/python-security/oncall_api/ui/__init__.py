import os

from falcon import HTTPNotFound

STATIC_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "static"))


class StaticResource:
    def __init__(self, path):
        self.path = path

    def on_get(self, req, resp, filename):
        path = os.path.join(STATIC_ROOT, self.path, filename)
        # expect: path-traversal
        resp.stream = open(path, "rb")


class SafeStaticResource:
    def on_get(self, req, resp, filename):
        path = os.path.realpath(os.path.join(STATIC_ROOT, filename))
        if not path.startswith(STATIC_ROOT + os.sep):
            raise HTTPNotFound()
        resp.stream = open(path, "rb")
