import json

from twisted.web.server import Request


class SynapseError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


def parse_string(request: Request, name, default=None, required=False, allowed_values=None):
    args = request.args
    raw = args.get(name.encode("ascii"))
    if raw is None:
        if required:
            raise SynapseError(400, f"Missing string query parameter {name}")
        return default
    value = raw[0].decode("utf-8")
    if allowed_values is not None and value not in allowed_values:
        raise SynapseError(400, f"Query parameter {name} must be one of {allowed_values}")
    return value


def parse_integer(request: Request, name, default=None):
    raw = request.args.get(name.encode("ascii"))
    if raw is None:
        return default
    try:
        return int(raw[0])
    except ValueError:
        raise SynapseError(400, f"Query parameter {name} must be an integer")


def parse_json_object_from_request(request: Request):
    content = json.loads(request.content.read().decode("utf-8"))
    if not isinstance(content, dict):
        raise SynapseError(400, "Content must be a JSON object.")
    return content


class RestServlet:
    PATTERNS = ()

    def register(self, http_server):
        for method in ("GET", "PUT", "POST"):
            handler = getattr(self, f"on_{method}", None)
            if handler is not None:
                for pattern in self.PATTERNS:
                    http_server.register_paths(method, [pattern], handler, self.__class__.__name__)
