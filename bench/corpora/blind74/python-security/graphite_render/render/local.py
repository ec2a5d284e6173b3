"""/render/local: cluster peers post their request options here."""
import io
import json
import pickle

from django.http import HttpResponseBadRequest

from ..util import json_response, log

ALLOWED_CLASSES = {("builtins", "dict"), ("builtins", "list"), ("builtins", "str"), ("builtins", "int"), ("builtins", "float")}


class SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) not in ALLOWED_CLASSES:
            raise pickle.UnpicklingError("Attempting to unpickle unsafe module %s" % module)
        return super().find_class(module, name)


def render_local_view(request):
    content_type = request.META.get("CONTENT_TYPE", "")
    try:
        match content_type:
            case "application/x-pickle":
                # expect: deserialization
                options = pickle.loads(request.body)
            case "application/json":
                options = json.loads(request.body)
            case _:
                return HttpResponseBadRequest("unsupported content type")
    finally:
        log.info("render local request from peer")
    return json_response({"targets": list(options.get("targets", []))})


def render_local_view_safe(request):
    if request.META.get("CONTENT_TYPE", "") == "application/x-pickle":
        options = SafeUnpickler(io.BytesIO(request.body)).load()
    else:
        options = json.loads(request.body or b"{}")
    return json_response({"targets": list(options.get("targets", []))})
