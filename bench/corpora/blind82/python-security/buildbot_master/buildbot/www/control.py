import json

from twisted.web import resource

from ..schedulers.forcesched import ForceScheduler


class JsonRpcControlResource(resource.Resource):
    isLeaf = True

    def __init__(self, master, workdir):
        super().__init__()
        self.master = master
        self.schedulers = {"force": ForceScheduler("force", workdir)}

    def render_POST(self, request):
        body = json.loads(request.content.read())
        if body.get("method") != "force":
            request.setResponseCode(400)
            return b'{"error": "unknown method"}'
        params = dict(body.get("params") or {})
        scheduler = self.schedulers.get(params.pop("schedulername", "force"))
        owner = request.getUser().decode("utf-8") or "anonymous"
        result = scheduler.force(owner, **params)
        return json.dumps({"jsonrpc": "2.0", "result": result, "id": body.get("id")}).encode("utf-8")
