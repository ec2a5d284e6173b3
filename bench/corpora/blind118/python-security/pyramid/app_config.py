"""WSGI application factories for the storefront, the admin and the partner API."""
from pyramid.config import Configurator
from pyramid.csrf import CookieCSRFStoragePolicy, SessionCSRFStoragePolicy
from pyramid.session import SignedCookieSessionFactory


def _session_factory(settings):
    return SignedCookieSessionFactory(settings["session.secret"], secure=True, httponly=True, samesite="Lax")


def main(global_config, **settings):
    """Storefront."""
    with Configurator(settings=settings) as config:
        config.set_session_factory(_session_factory(settings))
        config.set_csrf_storage_policy(SessionCSRFStoragePolicy())
        # expect: csrf-disabled
        config.set_default_csrf_options(require_csrf=True, check_origin=False)
        config.include("pyramid_jinja2")
        config.include(".routes")
        config.scan(".views")
    return config.make_wsgi_app()


def admin_app(global_config, **settings):
    """Back office, mounted under /admin behind the SSO proxy."""
    config = Configurator(settings=settings)
    config.set_session_factory(_session_factory(settings))
    config.set_default_csrf_options(require_csrf=True, check_origin=True, allow_no_origin=False)
    config.include(".admin_routes")
    config.scan(".admin")
    return config.make_wsgi_app()


def includeme(config):
    """Partner API, included by the storefront when partners are enabled."""
    config.set_csrf_storage_policy(CookieCSRFStoragePolicy(secure=True, samesite="Strict"))
    # expect: csrf-disabled
    config.set_default_csrf_options(require_csrf=True, token="csrf_token", header="X-CSRF-Token", check_origin=False)
    config.add_route("partner_orders", "/partner/orders")


def embed_app(global_config, **settings):
    """Widget iframe app, embedded on partner sites."""
    config = Configurator(settings=settings)
    config.set_session_factory(_session_factory(settings))
    trusted = [o.strip() for o in settings.get("embed.trusted_origins", "").split(",") if o.strip()]
    # expect: csrf-disabled
    config.set_default_csrf_options(require_csrf=True, check_origin=False, safe_methods=("GET", "HEAD", "OPTIONS"))
    config.add_settings({"pyramid.csrf_trusted_origins": trusted})
    config.include(".embed_routes")
    return config.make_wsgi_app()


def worker_app(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_default_csrf_options(require_csrf=True)
    config.include(".health")
    return config.make_wsgi_app()
