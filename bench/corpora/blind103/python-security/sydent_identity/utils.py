import json
from functools import wraps


class MatrixRestError(Exception):
    def __init__(self, httpStatus, errcode, error):
        super().__init__(error)
        self.httpStatus = httpStatus
        self.errcode = errcode


def get_args(request, args, required=True):
    content = {}
    if request.requestHeaders.hasHeader("Content-Type") and request.content:
        content = json.loads(request.content.read() or b"{}")
    for key, values in (request.args or {}).items():
        content.setdefault(key.decode("utf-8"), values[0].decode("utf-8"))
    missing = [a for a in args if a not in content]
    if required and missing:
        raise MatrixRestError(400, "M_MISSING_PARAMS", "Missing parameters: " + ",".join(missing))
    return content


def jsonwrap(f):
    @wraps(f)
    def inner(self, request, *args, **kwargs):
        try:
            return json.dumps(f(self, request, *args, **kwargs)).encode("utf-8")
        except MatrixRestError as e:
            request.setResponseCode(e.httpStatus)
            return json.dumps({"errcode": e.errcode, "error": str(e)}).encode("utf-8")
    return inner
