import json

from twisted.web import resource

from ..data.changes import ChangesEndpoint, ResultSpec


class V2RootResource(resource.Resource):
    isLeaf = True

    def __init__(self, master):
        super().__init__()
        self.master = master
        self.endpoints = {b"changes": ChangesEndpoint(master)}

    def decodeResultSpec(self, request):
        filters = {}
        limit = None
        for key, values in request.args.items():
            name = key.decode("utf-8")
            if name == "limit":
                try:
                    limit = int(values[0])
                except ValueError:
                    limit = None
                continue
            filters[name] = values[0].decode("utf-8")
        return ResultSpec(filters=filters, limit=limit)

    def render_GET(self, request):
        endpoint = self.endpoints.get(request.postpath[0] if request.postpath else b"")
        if endpoint is None:
            request.setResponseCode(404)
            return b"{}"
        rows = endpoint.get(self.decodeResultSpec(request), {})
        request.setHeader(b"content-type", b"application/json")
        return json.dumps([list(r) for r in rows]).encode("utf-8")
