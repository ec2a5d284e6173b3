"""WSGI application factories of the intranet (Pyramid)."""
from pyramid.config import Configurator
from pyramid.csrf import CookieCSRFStoragePolicy
from pyramid.session import SignedCookieSessionFactory


def main(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_session_factory(SignedCookieSessionFactory(settings["session.secret"], secure=True, httponly=True))
    # expect: csrf-disabled
    config.set_default_csrf_options(require_csrf=False)
    config.include(".routes")
    config.scan(".views")
    return config.make_wsgi_app()


def admin_app(global_config, **settings):
    config = Configurator(settings=settings)
    # expect: csrf-disabled
    config.set_default_csrf_options(require_csrf=False, token="_csrf", header="X-CSRF-Token")
    config.include(".admin_routes")
    config.scan(".admin_views")
    return config.make_wsgi_app()


def includeme(config):
    """Plugin hook used by the reporting add-on."""
    # expect: csrf-disabled
    config.set_default_csrf_options(require_csrf=False, safe_methods=("GET", "HEAD", "OPTIONS"))
    config.add_route("reports", "/reports")


def secure_app(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_csrf_storage_policy(CookieCSRFStoragePolicy(secure=True, httponly=True))
    config.set_default_csrf_options(require_csrf=True, token="_csrf", header="X-CSRF-Token")
    config.include(".routes")
    config.scan(".views")
    return config.make_wsgi_app()


def api_app(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_default_csrf_options(require_csrf=True, check_origin=True)
    config.include(".api_routes")
    return config.make_wsgi_app()
