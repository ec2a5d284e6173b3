"""WSGI entry points and includeme hooks of the three portal apps."""
from pyramid.config import Configurator
from pyramid.csrf import CookieCSRFStoragePolicy
from pyramid.settings import asbool


def main(global_config, **settings):
    with Configurator(settings=settings) as config:
        config.include("pyramid_jinja2")
        config.include(".routes")
        # expect: csrf-disabled
        config.set_default_csrf_options(require_csrf=False)
        config.scan()
        return config.make_wsgi_app()


def includeme(config):
    """Admin add-on: mounted under /admin by the main app."""
    config.add_route("admin_home", "/admin")
    config.set_default_csrf_options(
        token="csrf_token",
        header="X-CSRF-Token",
        # expect: csrf-disabled
        require_csrf=False,
    )
    config.scan(".admin_views")


def api_app(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_csrf_storage_policy(CookieCSRFStoragePolicy())
    # expect: csrf-disabled
    config.set_default_csrf_options(require_csrf=False, token="csrf_token")
    config.include(".api")
    return config.make_wsgi_app()


def public_app(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_default_csrf_options(require_csrf=True)
    config.include(".public")
    return config.make_wsgi_app()


def partner_app(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_default_csrf_options(require_csrf=asbool(settings.get("partner.require_csrf", "true")))
    config.include(".partner")
    return config.make_wsgi_app()
