"""Pyramid application factory."""
from pyramid.config import Configurator
from pyramid.csrf import CookieCSRFStoragePolicy, SessionCSRFStoragePolicy

CSRF_OPTIONS = {
    "require_csrf": True,
    "token": "csrf_token",
    # expect: csrf-disabled
    "check_origin": False,
}


def main(global_config, **settings):
    with Configurator(settings=settings) as config:
        config.set_csrf_storage_policy(CookieCSRFStoragePolicy())
        # expect: csrf-disabled
        config.set_default_csrf_options(require_csrf=True, check_origin=False)
        config.include(".routes")
        config.scan()
        return config.make_wsgi_app()


def includeme(config):
    config.set_csrf_storage_policy(SessionCSRFStoragePolicy())
    config.set_default_csrf_options(
        require_csrf=True,
        header="X-CSRF-Token",
        # expect: csrf-disabled
        check_origin=False,
    )


def make_api_app(settings):
    config = Configurator(settings=settings)
    config.set_default_csrf_options(**CSRF_OPTIONS)
    return config.make_wsgi_app()


def make_admin_app(settings):
    config = Configurator(settings=settings)
    config.set_default_csrf_options(require_csrf=True, check_origin=True)
    return config.make_wsgi_app()


def make_public_app(settings):
    config = Configurator(settings=settings)
    config.set_default_csrf_options(require_csrf=True, allow_no_origin=False)
    return config.make_wsgi_app()
