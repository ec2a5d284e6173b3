"""WSGI application factories for the storefront and the back office."""
from pyramid.config import Configurator
from pyramid.csrf import CookieCSRFStoragePolicy, SessionCSRFStoragePolicy
from pyramid.session import SignedCookieSessionFactory


def storefront(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_session_factory(SignedCookieSessionFactory(settings["session.secret"], secure=True, httponly=True))
    config.set_csrf_storage_policy(CookieCSRFStoragePolicy(secure=True, samesite="lax"))
    # expect: csrf-disabled
    config.set_default_csrf_options(require_csrf=True, check_origin=False)
    config.include("pyramid_jinja2")
    config.include(".routes")
    config.scan(".views")
    return config.make_wsgi_app()


def back_office(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_session_factory(SignedCookieSessionFactory(settings["session.secret"], secure=True, httponly=True))
    config.set_csrf_storage_policy(CookieCSRFStoragePolicy(secure=True, samesite="strict"))
    # expect: csrf-disabled
    config.set_default_csrf_options(require_csrf=True, token="csrf_token", header="X-CSRF-Token", check_origin=False)
    config.include(".admin_routes")
    config.scan(".admin_views")
    return config.make_wsgi_app()


def partner_portal(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_session_factory(SignedCookieSessionFactory(settings["session.secret"], secure=True, httponly=True))
    config.set_csrf_storage_policy(SessionCSRFStoragePolicy())
    config.set_default_csrf_options(require_csrf=True, check_origin=True)
    config.include(".partner_routes")
    config.scan(".partner_views")
    return config.make_wsgi_app()


def functional_test_app(**settings):
    """WebTest drives this app without a browser, so there is no Origin header."""
    config = Configurator(settings=settings)
    config.set_session_factory(SignedCookieSessionFactory("test-only-secret"))
    config.set_default_csrf_options(require_csrf=True, check_origin=False)
    config.include(".routes")
    config.scan(".views")
    return config.make_wsgi_app()


def status_app(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_default_csrf_options(require_csrf=True)
    config.add_route("health", "/health")
    config.scan(".status_views")
    return config.make_wsgi_app()
