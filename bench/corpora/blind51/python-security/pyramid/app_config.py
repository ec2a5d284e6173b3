"""Application factory for the storefront and its API sub-application."""
from pyramid.config import Configurator
from pyramid.csrf import CookieCSRFStoragePolicy, SessionCSRFStoragePolicy
from pyramid.session import SignedCookieSessionFactory


def main(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_session_factory(SignedCookieSessionFactory(settings["session.secret"], secure=True, httponly=True))
    config.set_csrf_storage_policy(SessionCSRFStoragePolicy())
    # expect: csrf
    config.set_default_csrf_options(require_csrf=False)
    config.include("pyramid_jinja2")
    config.include(".routes")
    config.scan(".views")
    return config.make_wsgi_app()


def includeme(config):
    """The JSON API: cookie-authenticated like the storefront."""
    config.set_default_csrf_options(
        token="csrf_token",
        header="X-CSRF-Token",
        # expect: csrf
        require_csrf=False,
    )
    config.add_route("api_orders", "/api/orders")


class AdminAppFactory:
    def __init__(self, settings):
        self.settings = settings

    def __call__(self):
        with Configurator(settings=self.settings) as cfg:
            cfg.set_csrf_storage_policy(CookieCSRFStoragePolicy(secure=True))
            # expect: csrf
            cfg.set_default_csrf_options(require_csrf=False, header="X-CSRF-Token")
            cfg.scan(".admin_views")
        return cfg.make_wsgi_app()


def partner_app(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_csrf_storage_policy(SessionCSRFStoragePolicy())
    config.set_default_csrf_options(require_csrf=True, token="csrf_token", header="X-CSRF-Token")
    config.scan(".partner_views")
    return config.make_wsgi_app()


def docs_app(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_default_csrf_options(require_csrf=True)
    config.add_static_view("static", "docs:static")
    return config.make_wsgi_app()
