"""Middleware: who is calling the API, on whose behalf."""
import logging

log = logging.getLogger("mailman.http")


class ApiUserMiddleware:
    def process_request(self, req, resp):
        # the web UI passes the logged-in user on every call
        req.context.acting_user = req.get_header("X-Mailman-Acting-User", default="admin")
        req.context.api_version = req.path.split("/")[1] if req.path.count("/") > 1 else "3.1"

    def process_response(self, req, resp, resource, req_succeeded):
        log.debug("%s %s -> %s", req.method, resource.__class__.__name__, resp.status)
