"""WSGI application factory for the intranet wiki (Pyramid)."""
from pyramid.config import Configurator
from pyramid.csrf import SessionCSRFStoragePolicy
from pyramid.session import SignedCookieSessionFactory
from pyramid.settings import asbool

CSRF_ENABLED = False


def main(global_config, **settings):
    session_factory = SignedCookieSessionFactory(settings["session.secret"], secure=True, httponly=True)
    with Configurator(settings=settings, session_factory=session_factory) as config:
        config.include("pyramid_jinja2")
        config.include(".routes")
        config.set_csrf_storage_policy(SessionCSRFStoragePolicy())
        # expect: csrf
        config.set_default_csrf_options(require_csrf=False, token="csrf_token")
        config.scan()
    return config.make_wsgi_app()


def includeme_api(config):
    """Mounted under /api by the JSON client; uses the same session cookie."""
    config.add_route("api.pages", "/api/pages")
    config.set_default_csrf_options(
        token="csrf_token",
        header="X-CSRF-Token",
        # expect: csrf
        require_csrf=CSRF_ENABLED,
    )


class WikiApp:
    def __init__(self, settings):
        self.settings = settings
        self.config = Configurator(settings=settings)

    def configure_security(self):
        self.config.set_csrf_storage_policy(SessionCSRFStoragePolicy(key="_csrft_"))
        # expect: csrf
        self.config.set_default_csrf_options(require_csrf=0)

    def make_app(self):
        self.configure_security()
        return self.config.make_wsgi_app()


def test_app(settings):
    config = Configurator(settings=settings)
    # expect: csrf
    config.set_default_csrf_options(**{"require_csrf": False})
    return config.make_wsgi_app()


def includeme_admin(config):
    config.set_default_csrf_options(require_csrf=True, header="X-CSRF-Token")


def includeme_configurable(config):
    settings = config.get_settings()
    config.set_default_csrf_options(require_csrf=asbool(settings.get("wiki.require_csrf", "true")))
