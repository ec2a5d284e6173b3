import os

from .config import cfg

ANALYSES_ROOT = cfg("cuckoo", "storage", "analyses")


class ResultRetriever:
    def __init__(self, analysis_id):
        self.analysis_id = int(analysis_id)
        self.base = os.path.join(ANALYSES_ROOT, str(self.analysis_id))

    def read_file(self, name):
        path = os.path.join(self.base, name)
        if not os.path.exists(path):
            return None
        # expect: path-traversal
        with open(path, "rb") as fp:
            return fp.read()

    def read_checked(self, name):
        path = os.path.realpath(os.path.join(self.base, name))
        if os.path.commonpath([path, os.path.realpath(self.base)]) != os.path.realpath(self.base):
            return None
        with open(path, "rb") as fp:
            return fp.read()
