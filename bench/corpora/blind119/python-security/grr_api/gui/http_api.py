"""HTTP API layer (werkzeug), shaped on grr.gui.http_api: routes to a router's handlers."""
import json

from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from grr_api.gui.api_call_router import ApiCallRouterWithoutChecks


class HttpRequestHandler:
    def __init__(self):
        self.router = ApiCallRouterWithoutChecks()
        self.routing_map = Map([
            Rule("/api/clients/<client_id>/vfs-blob/<path:file_path>", endpoint="GetFileBlob"),
            Rule("/api/flows", endpoint="ListFlows"),
            Rule("/api/hunts", endpoint="CreateHunt", methods=["POST"]),
            Rule("/api/artifacts", endpoint="UploadArtifact", methods=["POST"]),
        ])

    def _args(self, request, route_args):
        args = dict(route_args)
        args.update(request.args.to_dict())
        if request.method == "POST":
            args.update(json.loads(request.get_data(as_text=True) or "{}"))
        return args

    def HandleRequest(self, request: Request) -> Response:
        adapter = self.routing_map.bind_to_environ(request.environ)
        method_name, route_args = adapter.match()
        handler = getattr(self.router, method_name)(self._args(request, route_args), token=request.headers.get("X-User"))
        result = handler.Handle(handler.args, token=handler.token)
        if isinstance(result, bytes):
            return Response(result, mimetype="application/octet-stream")
        return Response(json.dumps(result), mimetype="application/json")
