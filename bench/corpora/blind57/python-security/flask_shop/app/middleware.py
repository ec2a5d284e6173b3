"""Hooks that run before every request and stash what the views need on ``g``."""
import logging
import re

from flask import g, request

log = logging.getLogger("shop.access")

_REQUEST_ID = re.compile(r"^[A-Za-z0-9-]{8,64}$")


def register(app):
    @app.before_request
    def load_request_context():
        tenant = request.headers.get("X-Tenant", "")
        if not tenant:
            tenant = "public"
        g.tenant = tenant
        g.sort_key = request.args.get("sort") or "name"
        g.referrer = request.headers.get("Referer", "")

        request_id = request.headers.get("X-Request-Id", "")
        if not _REQUEST_ID.match(request_id):
            request_id = "none"
        g.request_id = request_id
        log.info("start %s request_id=%s", request.endpoint, g.request_id)

    @app.after_request
    def log_tenant(response):
        # expect: log-injection
        log.info(f"tenant={g.tenant} status={response.status_code}")
        response.headers["X-Request-Id"] = g.request_id
        return response
