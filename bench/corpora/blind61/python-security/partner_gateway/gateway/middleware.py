import logging

import falcon

log = logging.getLogger("gateway.mw")

PARTNER_KEYS = {}  # api key -> partner id, loaded at startup


class PartnerMiddleware:
    def process_request(self, req, resp):
        if req.path.startswith("/t/"):
            req.context.partner = None
            return
        key = req.get_header("X-Partner-Key", default="")
        partner = PARTNER_KEYS.get(key)
        if partner is None:
            raise falcon.HTTPUnauthorized(title="unknown partner key")
        req.context.partner = partner
        req.context.reference = req.get_header("X-Partner-Reference", default="")
        req.context.status_filter = req.get_param("status") or "open"


class TimingMiddleware:
    def process_response(self, req, resp, resource, req_succeeded):
        log.debug("%s %r -> %s", req.method, req.relative_uri, resp.status)
