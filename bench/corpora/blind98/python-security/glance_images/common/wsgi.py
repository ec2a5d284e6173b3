"""A small Resource: deserialize the request, call the controller action, serialize."""
import json

import webob.dec
import webob.exc


class JSONRequestDeserializer:
    def default(self, request):
        if not request.body:
            return {}
        try:
            return {"body": json.loads(request.body)}
        except ValueError:
            raise webob.exc.HTTPBadRequest("Malformed JSON in request body.")


class Resource:
    def __init__(self, controller, deserializer=None):
        self.controller = controller
        self.deserializer = deserializer or JSONRequestDeserializer()

    @webob.dec.wsgify
    def __call__(self, request):
        args = request.environ["wsgiorg.routing_args"][1].copy()
        action = args.pop("action")
        args.pop("controller", None)
        args.update(self.deserializer.default(request))
        result = getattr(self.controller, action)(request, **args)
        return webob.Response(json=result) if isinstance(result, (dict, list)) else result
