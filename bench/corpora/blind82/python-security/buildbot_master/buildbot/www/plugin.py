import os

from twisted.python import filepath
from twisted.web import resource, static


class WwwPluginResource(resource.Resource):
    isLeaf = True

    def __init__(self, static_dir):
        super().__init__()
        self.static_dir = static_dir
        self.root = filepath.FilePath(static_dir)

    def render_GET(self, request):
        name = b"/".join(request.postpath).decode("utf-8")
        child = self.root
        for segment in name.split("/"):
            child = child.child(segment)
        return child.getContent()


class WwwPluginDownloadResource(resource.Resource):
    isLeaf = True

    def __init__(self, static_dir):
        super().__init__()
        self.static_dir = static_dir

    def render_GET(self, request):
        name = request.args.get(b"file", [b"index.html"])[0].decode("utf-8")
        # expect: path-traversal
        with open(os.path.join(self.static_dir, name), "rb") as fh:
            return fh.read()


def make_plugin_root(static_dir):
    return static.File(static_dir)
