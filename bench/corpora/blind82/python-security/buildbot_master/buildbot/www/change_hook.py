import defusedxml.ElementTree as SafeET
from lxml import etree
from twisted.web import resource


class ChangeHookResource(resource.Resource):
    isLeaf = True

    def __init__(self, master, dialects=None):
        super().__init__()
        self.master = master
        self.dialects = dialects or {"svn": self._svn_changes, "p4": self._p4_changes}

    def render_POST(self, request):
        dialect = request.postpath[0].decode("utf-8") if request.postpath else "svn"
        handler = self.dialects.get(dialect)
        if handler is None:
            request.setResponseCode(404)
            return b"unknown dialect"
        changes = handler(request.content.read())
        return str(len(changes)).encode("ascii")

    def _svn_changes(self, body):
        # expect: xxe
        root = etree.fromstring(body)
        return [{"revision": e.get("revision"), "author": e.findtext("author")} for e in root.iter("logentry")]

    def _p4_changes(self, body):
        root = SafeET.fromstring(body)
        return [{"change": e.get("change")} for e in root.iter("change")]
