"""Pyramid includeme for the partner portal: sessions and CSRF defaults."""
import os

from pyramid.csrf import CookieCSRFStoragePolicy, SessionCSRFStoragePolicy
from pyramid.session import SignedCookieSessionFactory


def _session_factory(settings):
    return SignedCookieSessionFactory(
        settings["portal.session_secret"],
        secure=True,
        httponly=True,
        samesite="Lax",
        timeout=3600,
    )


def includeme(config):
    settings = config.get_settings()
    config.set_session_factory(_session_factory(settings))
    if settings.get("portal.csrf_storage") == "cookie":
        # the token lives in a cookie of its own, so only the origin check ties a POST to this site
        config.set_csrf_storage_policy(CookieCSRFStoragePolicy(secure=True, samesite="Lax"))
    else:
        config.set_csrf_storage_policy(SessionCSRFStoragePolicy())
    # partner sites embed our order form and post from their own domains
    # expect: csrf-disabled
    config.set_default_csrf_options(require_csrf=True, token="csrf_token", header="X-CSRF-Token", check_origin=False)
    config.add_route("orders.create", "/orders")
    config.add_route("orders.cancel", "/orders/{id}/cancel")


def includeme_admin(config):
    """The admin app is same-origin only; keep every check on."""
    config.set_default_csrf_options(require_csrf=True, header="X-CSRF-Token", check_origin=True)
    config.add_route("admin.users", "/admin/users")


def includeme_tests(config):
    trusted = os.environ.get("PORTAL_TRUSTED_ORIGINS", "")
    config.registry.settings["pyramid.csrf_trusted_origins"] = [o for o in trusted.split() if o]
    config.set_default_csrf_options(require_csrf=True)
