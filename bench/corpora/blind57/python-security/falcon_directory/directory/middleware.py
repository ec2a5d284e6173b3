import logging

log = logging.getLogger("directory.access")


class RemoteUserMiddleware:
    """The SSO proxy in front of us sets X-Remote-User; we keep it on req.context."""

    def process_request(self, req, resp):
        req.context.remote_user = req.get_header("X-Remote-User") or "anonymous"
        req.context.department = req.get_param("dept", default="")

    def process_response(self, req, resp, resource, req_succeeded):
        # expect: log-injection
        log.info("%s %s by " % (req.method, req.path) + req.context.remote_user)
