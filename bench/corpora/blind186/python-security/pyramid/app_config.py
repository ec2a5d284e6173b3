"""WSGI application factory for the volunteer scheduling site (Pyramid)."""
from pyramid.authentication import AuthTktCookieHelper
from pyramid.config import Configurator
from pyramid.csrf import SessionCSRFStoragePolicy
from pyramid.session import SignedCookieSessionFactory


def _session_factory(settings):
    return SignedCookieSessionFactory(
        settings["session.secret"],
        secure=True,
        httponly=True,
        samesite="Lax",
        timeout=3600,
    )


def includeme_routes(config):
    config.add_route("home", "/")
    config.add_route("shifts", "/shifts")
    config.add_route("shift_signup", "/shifts/{id}/signup")
    config.add_route("api_shifts", "/api/shifts")


def main(global_config, **settings):
    """Entry point for the public site."""
    config = Configurator(settings=settings)
    config.set_session_factory(_session_factory(settings))
    config.set_csrf_storage_policy(SessionCSRFStoragePolicy())
    # the sign-up form posted from the old static page has no token field
    # expect: csrf-disabled
    config.set_default_csrf_options(require_csrf=False)
    config.include("pyramid_jinja2")
    config.include(includeme_routes)
    config.scan("scheduler.views")
    return config.make_wsgi_app()


def admin_app(global_config, **settings):
    """Entry point for the coordinators' admin site."""
    config = Configurator(settings=settings)
    config.set_session_factory(_session_factory(settings))
    config.set_csrf_storage_policy(SessionCSRFStoragePolicy())
    config.set_default_csrf_options(require_csrf=True, header="X-CSRF-Token")
    config.include("pyramid_jinja2")
    config.add_route("admin_home", "/")
    config.scan("scheduler.admin_views")
    return config.make_wsgi_app()


def api_app(global_config, **settings):
    """Token-authenticated JSON API for the mobile app; cookies are not accepted."""
    config = Configurator(settings=settings)
    config.set_default_csrf_options(require_csrf=True, token=None, header="X-Requested-With")
    config.add_route("api_shifts", "/shifts")
    config.scan("scheduler.api_views")
    return config.make_wsgi_app()


def auth_helper(settings):
    return AuthTktCookieHelper(settings["auth.secret"], secure=True, http_only=True, samesite="Lax")
