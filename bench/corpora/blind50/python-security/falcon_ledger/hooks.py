"""Falcon hooks and middleware of the ledger service."""
import logging

import falcon

log = logging.getLogger("ledger")


class ContextMiddleware:
    def process_request(self, req, resp):
        req.context.account = req.get_header("X-Account") or ""
        req.context.client = req.get_param("client", default="web")


def require_account(req, resp, resource, params):
    if not req.context.account:
        raise falcon.HTTPUnauthorized(title="account header required")
