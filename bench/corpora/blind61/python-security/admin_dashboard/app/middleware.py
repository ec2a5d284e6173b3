"""Request hooks: who is looking at the dashboard and which slice of data they asked for."""
import logging
import time

from flask import abort, g, request, session

log = logging.getLogger("dashboard.access")

ALLOWED_REGIONS = {"emea", "amer", "apac"}


def register_hooks(app):
    @app.before_request
    def load_viewer():
        g.started = time.monotonic()
        g.viewer = session.get("user_email", "anonymous")
        # the region filter rides along on every report page
        g.region = request.args.get("region") or request.cookies.get("dash_region", "")
        g.label = request.headers.get("X-Report-Label", "")

    @app.before_request
    def require_staff():
        if request.endpoint in ("healthz", "static"):
            return None
        if not session.get("is_staff"):
            abort(403)
        return None

    @app.after_request
    def access_log(response):
        elapsed = time.monotonic() - g.get("started", time.monotonic())
        log.info("viewer=%s status=%s took=%.3f", g.get("viewer"), response.status_code, elapsed)
        return response


def current_region():
    """Region from the hook, or the empty string when it is not one we report on."""
    region = g.get("region", "")
    if region not in ALLOWED_REGIONS:
        return ""
    return region


def raw_region():
    return g.get("region", "")
