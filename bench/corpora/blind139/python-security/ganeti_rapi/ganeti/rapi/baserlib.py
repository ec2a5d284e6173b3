"""Base resource of the remote API: request body, query args and job submission."""
from ganeti import jqueue


def FillOpcode(opcls, body, static, rename=None):
    params = dict(body or {})
    for old, new in (rename or {}).items():
        if old in params:
            params[new] = params.pop(old)
    params.update(static)
    return opcls(**params)


class ResourceBase:
    GET_ACCESS = []
    PUT_ACCESS = ["write"]
    POST_ACCESS = ["write"]

    def __init__(self, items, queryargs, req):
        self.items = items
        self.queryargs = queryargs
        self._req = req

    @property
    def request_body(self):
        return self._req.request_body

    def _checkStringVariable(self, name, default=None):
        value = self.queryargs.get(name, [default])
        return value[0] if value else default

    def SubmitJob(self, ops):
        return jqueue.JOB_QUEUE.SubmitJob(ops)
