"""API-key auth for the partner endpoints."""
import functools
import hmac

from flask import abort, current_app, g, request


def require_partner(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Api-Key", "")
        expected = current_app.config.get("PARTNER_API_KEY", "")
        if not expected or not hmac.compare_digest(key, expected):
            abort(401)
        # The partner says who it acts for; kept for auditing and callbacks.
        g.partner_user = request.headers.get("X-On-Behalf-Of", "unknown")
        g.partner_callback = request.headers.get("X-Callback-Url")
        return view(*args, **kwargs)

    return wrapper
